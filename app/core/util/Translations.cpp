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
        if (translator->load(locale, catalogue.name, QStringLiteral("_"), catalogue.directory)) {
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
