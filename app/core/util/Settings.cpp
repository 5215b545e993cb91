#include "Settings.h"

#include "PhoneNumbers.h"

namespace PartnerDesk {

namespace {
const QString apiBaseUrlKey = QStringLiteral("network/apiBaseUrl");
const QString timeoutKey = QStringLiteral("network/requestTimeoutSeconds");
const QString uiLanguageKey = QStringLiteral("ui/language");
const QString customerLanguageKey = QStringLiteral("ui/customerLanguage");
const QString phoneRegionKey = QStringLiteral("phone/defaultRegion");
const QString desktopNotificationsKey = QStringLiteral("ui/desktopNotifications");
const QString watchKey = QStringLiteral("watch/disconnections");
const QString watchIntervalKey = QStringLiteral("watch/intervalMinutes");
} // namespace

Settings::Settings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{
}

QUrl Settings::defaultApiBaseUrl()
{
    return QUrl(QStringLiteral("https://api.z-api.io"));
}

QUrl Settings::apiBaseUrl() const
{
    if (!m_apiBaseUrlOverride.isEmpty())
        return m_apiBaseUrlOverride;
    const QUrl url(m_settings.value(apiBaseUrlKey).toString());
    return url.isEmpty() ? defaultApiBaseUrl() : url;
}

void Settings::setApiBaseUrl(const QUrl &url)
{
    if (url == defaultApiBaseUrl())
        m_settings.remove(apiBaseUrlKey);
    else
        m_settings.setValue(apiBaseUrlKey, url.toString());
}

int Settings::requestTimeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_settings.value(timeoutKey).toInt(&ok);
    if (!ok)
        return defaultRequestTimeoutSeconds;
    return qBound(minimumRequestTimeoutSeconds, seconds, maximumRequestTimeoutSeconds);
}

void Settings::setRequestTimeoutSeconds(int seconds)
{
    m_settings.setValue(timeoutKey,
                        qBound(minimumRequestTimeoutSeconds, seconds, maximumRequestTimeoutSeconds));
}

QString Settings::uiLanguage() const
{
    return m_settings.value(uiLanguageKey).toString();
}

void Settings::setUiLanguage(const QString &language)
{
    m_settings.setValue(uiLanguageKey, language);
}

QString Settings::customerLanguage() const
{
    return m_settings.value(customerLanguageKey, QStringLiteral("pt_BR")).toString();
}

void Settings::setCustomerLanguage(const QString &language)
{
    m_settings.setValue(customerLanguageKey, language);
}

QString Settings::defaultPhoneRegion() const
{
    // A hand-edited file may name a country libphonenumber does not know.
    const QString region = m_settings.value(phoneRegionKey).toString();
    return PhoneNumbers::isKnownRegion(region) ? region : PhoneNumbers::defaultRegion();
}

void Settings::setDefaultPhoneRegion(const QString &region)
{
    if (region == PhoneNumbers::defaultRegion())
        m_settings.remove(phoneRegionKey);
    else
        m_settings.setValue(phoneRegionKey, region);
}

bool Settings::desktopNotifications() const
{
    return m_settings.value(desktopNotificationsKey, true).toBool();
}

void Settings::setDesktopNotifications(bool enabled)
{
    m_settings.setValue(desktopNotificationsKey, enabled);
}

bool Settings::watchForDisconnections() const
{
    return m_settings.value(watchKey, false).toBool();
}

void Settings::setWatchForDisconnections(bool enabled)
{
    m_settings.setValue(watchKey, enabled);
}

int Settings::watchIntervalMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(watchIntervalKey).toInt(&ok);
    if (!ok)
        return defaultWatchIntervalMinutes;
    return qBound(minimumWatchIntervalMinutes, minutes, maximumWatchIntervalMinutes);
}

void Settings::setWatchIntervalMinutes(int minutes)
{
    m_settings.setValue(watchIntervalKey, qBound(minimumWatchIntervalMinutes, minutes, maximumWatchIntervalMinutes));
}

} // namespace PartnerDesk
