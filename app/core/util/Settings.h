#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>

namespace PartnerDesk {

// The profile's non-secret preferences. Secrets (the Client-Token, the partner token) are
// never here: they live in the vault.
class Settings
{
public:
    explicit Settings(const QString &fileName);

    static QUrl defaultApiBaseUrl();
    static constexpr int defaultRequestTimeoutSeconds = 20;
    static constexpr int minimumRequestTimeoutSeconds = 3;
    static constexpr int maximumRequestTimeoutSeconds = 120;
    static constexpr int defaultWatchIntervalMinutes = 10;
    static constexpr int minimumWatchIntervalMinutes = 1;
    static constexpr int maximumWatchIntervalMinutes = 120;

    // The override (--api-base, demo mode) wins for this run and is never saved.
    QUrl apiBaseUrl() const;
    void setApiBaseUrl(const QUrl &url);
    void setApiBaseUrlOverride(const QUrl &url) { m_apiBaseUrlOverride = url; }
    bool hasApiBaseUrlOverride() const { return !m_apiBaseUrlOverride.isEmpty(); }
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);
    // Empty: follow the system locale.
    QString uiLanguage() const;
    void setUiLanguage(const QString &language);
    // The language of the message the agent copies for the end customer.
    QString customerLanguage() const;
    void setCustomerLanguage(const QString &language);
    // The country ("BR") of phone numbers typed without a country code; Brazil unless chosen.
    QString defaultPhoneRegion() const;
    void setDefaultPhoneRegion(const QString &region);
    // Taskbar alert and desktop notification when a customer connects or a code runs out
    // while the agent is in another window.
    bool desktopNotifications() const;
    void setDesktopNotifications(bool enabled);
    // The disconnection watcher: checks every instance's status every so many minutes while
    // the app runs, and says which customers lost their connection. Off unless turned on.
    bool watchForDisconnections() const;
    void setWatchForDisconnections(bool enabled);
    int watchIntervalMinutes() const;
    void setWatchIntervalMinutes(int minutes);

    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    mutable QSettings m_settings;
    QUrl m_apiBaseUrlOverride;
};

} // namespace PartnerDesk
