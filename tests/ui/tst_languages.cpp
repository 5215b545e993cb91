// The app in Portuguese, Spanish and English: the main window and the extension-code dialog
// show translated text (no English left over), Qt's own buttons too; plurals and dates follow
// the language; mnemonics stay unique in every language; Settings switches the language at
// once; the customer's message has its own language whatever the interface speaks.
// Real widgets, the real sandbox process and the real keychain (scripts/test-session.sh).
#include "SettingsDialog.h"

#include "CustomerWorkspace.h"
#include "WidgetTestSupport.h"

#include "model/InstanceListModel.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>

using namespace PartnerDesk;
using Test::child;
using Test::withDialog;

namespace {

// Widgets whose text is the customer's data or the code, the same in every language.
const QStringList dataWidgets{QStringLiteral("instanceName"), QStringLiteral("detailName"), QStringLiteral("detailPhone"),
                              QStringLiteral("detailNotes"), QStringLiteral("codeLabel")};

QString plain(const QLabel *label)
{
    return label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text())
        ? label->text()
        : QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

// Every text a user sees in the window, by where it is.
QMap<QString, QString> visibleTexts(QWidget *window)
{
    QMap<QString, QString> texts;
    const auto add = [&texts](const QString &key, const QString &text) {
        if (text.contains(QRegularExpression(QStringLiteral("\\p{L}"))))
            texts.insert(key, text);
    };
    add(QStringLiteral("windowTitle"), window->windowTitle());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || dataWidgets.contains(widget->objectName()))
            continue;
        const QString key = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                            : widget->objectName();
        add(key + QStringLiteral(":toolTip"), widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(key, plain(label));
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(key, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(key, box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(key + QStringLiteral(":placeholder"), edit->placeholderText());
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(key + QStringLiteral(":tab%1").arg(i), tabs->tabText(i));
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            for (int i = 0; i < header->count(); ++i)
                add(key + QStringLiteral(":section%1").arg(i), header->model()->headerData(i, header->orientation()).toString());
        } else if (auto *menu = qobject_cast<QMenu *>(widget)) {
            add(key, menu->title());
        }
    }
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        add(menu->objectName(), menu->title());
        for (QAction *action : menu->actions()) {
            add(action->objectName() + QStringLiteral(":text"), action->text());
            add(action->objectName() + QStringLiteral(":toolTip"), action->toolTip());
        }
    }
    return texts;
}

// The texts still in English: the same as in the English window, unless the catalogue
// deliberately keeps them ("OK", "Client-Token").
QStringList untranslated(const QMap<QString, QString> &english, const QMap<QString, QString> &translated)
{
    static const QStringList sameInEveryLanguage{QStringLiteral("Client-Token"), QStringLiteral("OK")};
    QStringList left;
    for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
        if (english.value(it.key()) == it.value() && !sameInEveryLanguage.contains(QString(it.value()).remove(u'&')))
            left.append(it.key() + QStringLiteral(" = \"") + it.value() + u'"');
    }
    return left;
}

// Mnemonic letters that two visible controls of the window share (Alt+letter would
// reach only one of them).
QStringList mnemonicClashes(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    const auto add = [&owners](const QString &text, const QString &owner) {
        static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&\\s])"));
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (match.hasMatch())
            owners[match.captured(1).at(0).toLower()].append(owner + u'"' + text + u'"');
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !qobject_cast<QToolButton *>(widget))
            add(button->text(), button->objectName());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text(), label->objectName());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title(), box->objectName());
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), tabs->objectName());
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions())
                add(action->text(), bar->objectName());
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1)
            clashes.append(QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), it->join(QStringLiteral(", "))));
    }
    return clashes;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void mainWindowSpeaksTheLanguage_data();
    void mainWindowSpeaksTheLanguage();
    void extensionDialogSpeaksTheLanguage_data();
    void extensionDialogSpeaksTheLanguage();
    void settingsSwitchesTheLanguageAtOnce();
    void customerMessageKeepsItsOwnLanguage();

private:
    static void addLanguages();

    Test::CustomerWorkspace m_customers;
};

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("partnerdesk-tests"));
    m_customers.startSandbox();
}

void TestLanguages::init()
{
    installTranslations(QStringLiteral("en"));
    m_customers.open();
}

void TestLanguages::cleanup()
{
    m_customers.close();
}

void TestLanguages::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestLanguages::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Português (Brasil)") << QStringLiteral("pt_BR");
    QTest::newRow("Español") << QStringLiteral("es");
    QTest::newRow("English") << QStringLiteral("en");
}

void TestLanguages::mainWindowSpeaksTheLanguage_data()
{
    addLanguages();
}

void TestLanguages::mainWindowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    const QDateTime lastCode(QDate(2026, 3, 5), QTime(14, 7));
    const QUuid first = m_customers.keyOf(Test::CustomerWorkspace::customers().first().name);
    QVERIFY(!m_customers.workspace()->repository()->setLastCodeAt(first, lastCode));

    QMap<QString, QString> english;
    {
        auto window = m_customers.openWindow();
        english = visibleTexts(window.get());
    }
    installTranslations(language);
    auto window = m_customers.openWindow();

    const struct {
        const char *language, *fileMenu, *nameColumn, *instances, *showing;
    } expected[] = {
        {"pt_BR", "&Arquivo", "Nome", "3 instâncias", "Mostrando 1 de 3 instâncias"},
        {"es", "&Archivo", "Nombre", "3 instancias", "Mostrando 1 de 3 instancias"},
        {"en", "&File", "Name", "3 instances", "Showing 1 of 3 instances"},
    };
    const auto *words = std::find_if(std::begin(expected), std::end(expected),
                                     [&](const auto &entry) { return language == QLatin1String(entry.language); });
    QCOMPARE(child<QMenu>(window.get(), "menuFile")->title(), QString::fromUtf8(words->fileMenu));
    auto *table = child<QTableView>(window.get(), "instanceTable");
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QString::fromUtf8(words->nameColumn));
    // Plurals: "%n instance(s)" as the language says it.
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("instanceCount"))->text(), QString::fromUtf8(words->instances));
    QTest::keyClicks(child<QLineEdit>(window.get(), "searchField"), QStringLiteral("oficina"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("instanceCount"))->text(), QString::fromUtf8(words->showing));
    child<QLineEdit>(window.get(), "searchField")->clear();

    // Dates as the language writes them (5/3 is 5 March in both pt_BR and es).
    const QString date = QLocale(language).toString(lastCode, QLocale::ShortFormat);
    QStringList lastCodeCells;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        lastCodeCells.append(table->model()->index(row, InstanceListModel::LastCodeColumn).data().toString());
    QVERIFY2(lastCodeCells.contains(date), qPrintable(lastCodeCells.join(u'|') + QStringLiteral(" / ") + date));
    if (language != QLatin1String("en"))
        QVERIFY2(date.startsWith(QLatin1String("05/03/")) || date.startsWith(QLatin1String("5/3/")), qPrintable(date));

    // Longer words fit: no header, date or detail cut off in the window's usual size.
    window->resize(1040, 640);
    QCoreApplication::processEvents();
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(table->font());
    for (int column = InstanceListModel::PhoneColumn; column < InstanceListModel::ColumnCount; ++column) {
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString text = table->model()->index(row, column).data().toString();
            QVERIFY2(metrics.horizontalAdvance(text) < header->sectionSize(column), qPrintable(text));
        }
    }
    for (const char *detail : {"detailPhone", "detailStatus", "detailId"}) {
        auto *label = child<QLabel>(window.get(), detail);
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }

    if (language != QLatin1String("en")) {
        const QStringList left = untranslated(english, visibleTexts(window.get()));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still in English: ") + left.join(QStringLiteral("; "))));
    }
    const QStringList clashes = mnemonicClashes(window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));

    // Qt's own buttons (qtbase's catalogue) speak the language too.
    SettingsDialog settings(m_customers.workspace(), window.get());
    settings.show();
    auto *buttons = child<QDialogButtonBox>(&settings, "buttonBox");
    const QString save = buttons->button(QDialogButtonBox::Save)->text().remove(u'&');
    const QString cancel = buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&');
    const QStringList expectedButtons = language == QLatin1String("pt_BR") ? QStringList{QStringLiteral("Salvar"), QStringLiteral("Cancelar")}
        : language == QLatin1String("es")                                 ? QStringList{QStringLiteral("Guardar"), QStringLiteral("Cancelar")}
                                                                          : QStringList{QStringLiteral("Save"), QStringLiteral("Cancel")};
    QCOMPARE((QStringList{save, cancel}), expectedButtons);
    const QStringList settingsClashes = mnemonicClashes(&settings);
    QVERIFY2(settingsClashes.isEmpty(), qPrintable(settingsClashes.join(QStringLiteral("; "))));
}

void TestLanguages::extensionDialogSpeaksTheLanguage_data()
{
    addLanguages();
}

void TestLanguages::extensionDialogSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QMap<QString, QString> english;
    QMap<QString, QString> englishError;
    {
        auto dialog = m_customers.openCodeDialog();
        Test::CustomerWorkspace::waitForCode(dialog.get());
        english = visibleTexts(dialog.get());
        m_customers.sandbox().setFault(QJsonObject{{QStringLiteral("mode"), QStringLiteral("server-error")},
                                                   {QStringLiteral("endpoint"), QStringLiteral("extension-token")}});
        dialog->requestNewCode();
        QTRY_COMPARE(dialog->state(), ExtensionCodeDialog::State::Failed);
        englishError = visibleTexts(dialog.get());
        m_customers.sandbox().clearFaults();
    }
    installTranslations(language);
    auto dialog = m_customers.openCodeDialog();
    Test::CustomerWorkspace::waitForCode(dialog.get());

    const struct {
        const char *language, *copy, *countdownStart, *stepsStart;
    } expected[] = {
        {"pt_BR", "&Copiar código", "Válido por ", "Instale a extensão"},
        {"es", "&Copiar código", "Válido durante ", "Instala la extensión"},
        {"en", "&Copy code", "Valid for ", "Install the"},
    };
    const auto *words = std::find_if(std::begin(expected), std::end(expected),
                                     [&](const auto &entry) { return language == QLatin1String(entry.language); });
    QCOMPARE(child<QPushButton>(dialog.get(), "copyButton")->text(), QString::fromUtf8(words->copy));
    const QString countdown = child<QLabel>(dialog.get(), "countdownLabel")->text();
    QVERIFY2(countdown.startsWith(QString::fromUtf8(words->countdownStart)), qPrintable(countdown));
    // The time the code is valid until, as the language writes a time.
    const QString until = QLocale(language).toString(
        QDateTime::fromMSecsSinceEpoch(dialog->session()->extensionCode()->localExpiresAtMs()).time(), QLocale::ShortFormat);
    QVERIFY2(countdown.contains(until), qPrintable(countdown + QStringLiteral(" / ") + until));
    const QString steps = plain(child<QLabel>(dialog.get(), "stepsLabel"));
    QVERIFY2(steps.contains(QString::fromUtf8(words->stepsStart)), qPrintable(steps));

    if (language != QLatin1String("en")) {
        const QStringList left = untranslated(english, visibleTexts(dialog.get()));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still in English: ") + left.join(QStringLiteral("; "))));
    }
    QStringList clashes = mnemonicClashes(dialog.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));

    // An error from the core (Z-API failed) is in the language as well.
    m_customers.sandbox().setFault(QJsonObject{{QStringLiteral("mode"), QStringLiteral("server-error")},
                                               {QStringLiteral("endpoint"), QStringLiteral("extension-token")}});
    dialog->requestNewCode();
    QTRY_COMPARE(dialog->state(), ExtensionCodeDialog::State::Failed);
    if (language != QLatin1String("en")) {
        const QStringList left = untranslated(englishError, visibleTexts(dialog.get()));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still in English: ") + left.join(QStringLiteral("; "))));
    }
    clashes = mnemonicClashes(dialog.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestLanguages::settingsSwitchesTheLanguageAtOnce()
{
    auto window = m_customers.openWindow();
    QCOMPARE(child<QMenu>(window.get(), "menuFile")->title(), QStringLiteral("&File"));
    withDialog<SettingsDialog>([&] { child<QAction>(window.get(), "actionSettings")->trigger(); }, [](SettingsDialog *dialog) {
        auto *languages = child<QComboBox>(dialog, "uiLanguageCombo");
        QTRY_VERIFY(child<QLineEdit>(dialog, "clientTokenEdit")->isEnabled()); // the vault has answered
        languages->setCurrentIndex(languages->findData(QStringLiteral("pt_BR")));
        Test::saveAndWaitUntilClosed(dialog);
    });
    QCOMPARE(m_customers.workspace()->settings().uiLanguage(), QStringLiteral("pt_BR"));
    // No restart: the open window changes as soon as it gets Qt's LanguageChange (posted),
    // the texts set in code included.
    QTRY_COMPARE(child<QMenu>(window.get(), "menuFile")->title(), QStringLiteral("&Arquivo"));
    QCOMPARE(child<QTableView>(window.get(), "instanceTable")->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Nome"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("instanceCount"))->text(), QStringLiteral("3 instâncias"));
    QVERIFY2(child<QLineEdit>(window.get(), "searchField")->placeholderText().startsWith(QLatin1String("Buscar")),
             qPrintable(child<QLineEdit>(window.get(), "searchField")->placeholderText()));
    QCOMPARE(QLocale().name(), QStringLiteral("pt_BR"));

    // And back, the same way.
    withDialog<SettingsDialog>([&] { child<QAction>(window.get(), "actionSettings")->trigger(); }, [](SettingsDialog *dialog) {
        auto *languages = child<QComboBox>(dialog, "uiLanguageCombo");
        QTRY_VERIFY(child<QLineEdit>(dialog, "clientTokenEdit")->isEnabled());
        languages->setCurrentIndex(languages->findData(QStringLiteral("en")));
        Test::saveAndWaitUntilClosed(dialog);
    });
    QTRY_COMPARE(child<QMenu>(window.get(), "menuFile")->title(), QStringLiteral("&File"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("instanceCount"))->text(), QStringLiteral("3 instances"));
}

void TestLanguages::customerMessageKeepsItsOwnLanguage()
{
    // The agent works in Spanish; the customer reads Portuguese, or English.
    installTranslations(QStringLiteral("es"));
    auto dialog = m_customers.openCodeDialog();
    const QString code = Test::CustomerWorkspace::waitForCode(dialog.get());
    auto *language = child<QComboBox>(dialog.get(), "customerLanguageCombo");
    const struct {
        const char *language, *greeting, *valid;
    } expected[] = {{"pt_BR", "Olá!", "este código"}, {"en", "Hello!", "this code"}, {"es", "¡Hola!", "este código"}};
    for (const auto &entry : expected) {
        language->setCurrentIndex(language->findData(QString::fromLatin1(entry.language)));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "copyMessageButton"), Qt::LeftButton);
        const QString message = QGuiApplication::clipboard()->text();
        QVERIFY2(message.startsWith(QString::fromUtf8(entry.greeting)), qPrintable(message));
        QVERIFY2(message.contains(QString::fromUtf8(entry.valid)), qPrintable(message));
        QVERIFY(message.contains(code));
    }
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
