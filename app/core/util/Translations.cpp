#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace PartnerDesk {

void installTranslations(const QString &language)
{
    static QList<QTranslator *> installed;
    for (QTranslator *translator : std::as_const(installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed.clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    const struct {
        QString name;
        QString directory;
    } catalogues[] = {
        {QStringLiteral("partnerdesk"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("qtkeychain"), QStringLiteral(PARTNERDESK_QTKEYCHAIN_TRANSLATIONS)},
    };
    for (const auto &catalogue : catalogues) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        // English is our source language, but its catalogue carries the plural forms
        // ("1 instance", "2 instances"), so it is the fallback for any other locale.
        const bool loaded = translator->load(locale, catalogue.name, QStringLiteral("_"), catalogue.directory)
            || (catalogue.name == QLatin1String("partnerdesk")
                && translator->load(QLocale(QLocale::English), catalogue.name, QStringLiteral("_"), catalogue.directory));
        if (loaded) {
            QCoreApplication::installTranslator(translator);
            installed.append(translator);
        } else {
            delete translator;
        }
    }
}

QStringList availableLanguages()
{
    return {QStringLiteral("pt_BR"), QStringLiteral("es"), QStringLiteral("en")};
}

} // namespace PartnerDesk
