// Catalogue hygiene: the shipped translations/*.ts are complete (nothing unfinished, vanished or
// obsolete; as many plural forms as the language has; placeholders, mnemonics and rich-text tags
// kept), and the update workflow would not change them: the real lupdate runs on copies with the
// project and options of update_translations, then scripts/english-plurals.py, and the result
// must equal the committed files, so no string of the sources is left out or untranslated.
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>
#include <set>
#include <tuple>

namespace {

constexpr int processTimeoutMs = 120000;

const QString updateCommand = QStringLiteral("cmake --build " PARTNERDESK_BUILD_DIR
                                             " --target update_translations && python3 " PARTNERDESK_SOURCE_DIR
                                             "/scripts/english-plurals.py");

// English is the source language (translations/CMakeLists.txt): its catalogue carries only the
// plural forms; every other message stays empty, so the source text is what shows.
const QString sourceLanguage = QStringLiteral("en");

// How many plural forms Qt's numerus rules give each language, which is what lupdate creates
// and lrelease expects: pt_BR "n <= 1" and the rest, es and en "n == 1" and the rest.
int pluralFormCount(const QString &language)
{
    const QHash<QString, int> counts = {
        {QStringLiteral("pt_BR"), 2},
        {QStringLiteral("es"), 2},
        {QStringLiteral("en"), 2},
    };
    return counts.value(language);
}

// Context, source text and disambiguation: what identifies a message in a catalogue.
using MessageKey = std::tuple<QString, QString, QString>;

struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the message's identity
    bool numerus = false;
    QString type; // of the translation: empty when finished, or unfinished, vanished, obsolete
    QStringList translation; // the text, or one entry per plural form

    MessageKey key() const { return {context, source, comment}; }

    QString name() const
    {
        QString name = context + QStringLiteral(" \"") + source + u'"';
        if (!comment.isEmpty())
            name += QStringLiteral(" (") + comment + u')';
        return name;
    }

    QString state() const
    {
        const QString status = type.isEmpty() ? QStringLiteral("finished") : type;
        return QStringLiteral("%1 [%2]").arg(status, translation.join(QStringLiteral(" | ")));
    }

    bool operator==(const Message &other) const
    {
        return key() == other.key() && numerus == other.numerus && type == other.type
            && translation == other.translation;
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!message.numerus) {
                message.translation = QStringList{xml.readElementText()};
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform")
                    message.translation.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = path + QStringLiteral(": ") + file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        catalogue.language = xml.attributes().value(QStringLiteral("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    catalogue.messages.append(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    else if (catalogue.language.isEmpty())
        catalogue.error = path + QStringLiteral(": not a TS file with a language");
    return catalogue;
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// Failures go through QFAIL, which prints all of a long list; QVERIFY2 cuts it at 1024 characters.
QString report(const QString &what, const QStringList &problems)
{
    return what + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "));
}

QStringList matches(const QRegularExpression &pattern, const QString &text)
{
    QStringList found;
    auto iterator = pattern.globalMatch(text);
    while (iterator.hasNext())
        found.append(iterator.next().captured());
    found.sort();
    return found;
}

// %1..%9 and %n, with the L that asks for the locale's digits.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    QStringList found = matches(pattern, text);
    found.removeDuplicates();
    return found;
}

// A single '&' marks the shortcut letter; "&&" is a literal ampersand, "&amp;" an HTML entity.
qsizetype mnemonicCount(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&|[A-Za-z]+;|#[0-9]+;)"));
    return matches(pattern, text).size();
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>"));
    return matches(pattern, text);
}

QStringList markupProblems(const QString &source, const QString &translation)
{
    QStringList problems;
    if (placeholders(translation) != placeholders(source)) {
        problems.append(QStringLiteral("placeholders {%1}, the source has {%2}")
                            .arg(placeholders(translation).join(u' '), placeholders(source).join(u' ')));
    }
    if (mnemonicCount(translation) != mnemonicCount(source)) {
        problems.append(QStringLiteral("%1 mnemonic '&', the source has %2")
                            .arg(mnemonicCount(translation))
                            .arg(mnemonicCount(source)));
    }
    QStringList missingTags = tags(source);
    QStringList extraTags = tags(translation);
    for (const QString &tag : tags(translation))
        missingTags.removeOne(tag);
    for (const QString &tag : tags(source))
        extraTags.removeOne(tag);
    if (!missingTags.isEmpty())
        problems.append(QStringLiteral("tags of the source missing: ") + missingTags.join(u' '));
    if (!extraTags.isEmpty())
        problems.append(QStringLiteral("tags not in the source: ") + extraTags.join(u' '));
    return problems;
}

// What lupdate (and the English plural script) would change, message by message.
QStringList differences(const Catalogue &committed, const Catalogue &updated)
{
    std::map<MessageKey, Message> committedByKey;
    for (const Message &message : committed.messages)
        committedByKey.emplace(message.key(), message);
    std::set<MessageKey> updatedKeys;
    for (const Message &message : updated.messages)
        updatedKeys.insert(message.key());

    QStringList found;
    for (const Message &message : updated.messages) {
        const auto before = committedByKey.find(message.key());
        if (before == committedByKey.end())
            found.append(QStringLiteral("new in the sources, missing here: ") + message.name());
        else if (!(before->second == message))
            found.append(QStringLiteral("changed: %1: %2 -> %3")
                             .arg(message.name(), before->second.state(), message.state()));
    }
    for (const Message &message : committed.messages) {
        if (updatedKeys.count(message.key()) == 0)
            found.append(QStringLiteral("no longer in the sources: ") + message.name());
    }
    return found;
}

QString firstDifferentLine(const QByteArray &committed, const QByteArray &updated)
{
    const QList<QByteArray> committedLines = committed.split('\n');
    const QList<QByteArray> updatedLines = updated.split('\n');
    qsizetype line = 0;
    while (line < committedLines.size() && line < updatedLines.size() && committedLines[line] == updatedLines[line])
        ++line;
    return QStringLiteral("same messages, different layout from line %1: \"%2\" would become \"%3\"")
        .arg(line + 1)
        .arg(QString::fromUtf8(committedLines.value(line)), QString::fromUtf8(updatedLines.value(line)));
}

// Empty when the program ran and succeeded, otherwise what went wrong and what it printed.
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(processTimeoutMs);
    const QString output = QString::fromUtf8(process.readAll());
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("%1 %2 failed (%3, exit code %4):\n%5")
            .arg(program, arguments.join(u' '), process.errorString())
            .arg(process.exitCode())
            .arg(output);
    }
    return {};
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void lupdateWouldChangeNothing();
    void entriesAreFinished_data();
    void entriesAreFinished();
    void pluralFormsMatchTheLanguage_data();
    void pluralFormsMatchTheLanguage();
    void translationsKeepPlaceholdersMnemonicsAndTags_data();
    void translationsKeepPlaceholdersMnemonicsAndTags();

private:
    void addCatalogueRows() const;

    QJsonObject m_lupdateProject; // the one update_translations runs on
    QStringList m_cataloguePaths;
};

void TestCatalogues::initTestCase()
{
    QFile projectFile(QStringLiteral(PARTNERDESK_LUPDATE_PROJECT));
    QVERIFY2(projectFile.open(QIODevice::ReadOnly), qPrintable(projectFile.errorString()));
    m_lupdateProject = QJsonDocument::fromJson(projectFile.readAll()).object();
    QVERIFY(!m_lupdateProject.value(u"sources").toArray().isEmpty());
    const QJsonArray catalogues = m_lupdateProject.value(u"translations").toArray();
    for (const QJsonValue &catalogue : catalogues)
        m_cataloguePaths.append(catalogue.toString());
    QVERIFY(!m_cataloguePaths.isEmpty());
}

void TestCatalogues::addCatalogueRows() const
{
    QTest::addColumn<QString>("path");
    for (const QString &path : m_cataloguePaths)
        QTest::newRow(qPrintable(fileName(path))) << path;
}

void TestCatalogues::lupdateWouldChangeNothing()
{
    QTemporaryDir workDir;
    QVERIFY(workDir.isValid());
    QJsonArray copies;
    QString englishCopy;
    for (const QString &path : m_cataloguePaths) {
        const QString copy = workDir.filePath(fileName(path));
        QVERIFY2(QFile::copy(path, copy), qPrintable(path));
        copies.append(copy);
        const Catalogue catalogue = readCatalogue(path);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        if (catalogue.language == sourceLanguage)
            englishCopy = copy;
    }
    QVERIFY2(!englishCopy.isEmpty(), "no catalogue for the source language, en");

    QJsonObject project = m_lupdateProject;
    project.insert(QStringLiteral("translations"), copies);
    QFile projectFile(workDir.filePath(QStringLiteral("project.json")));
    QVERIFY(projectFile.open(QIODevice::WriteOnly));
    QVERIFY(projectFile.write(QJsonDocument(project).toJson()) > 0);
    projectFile.close();

    const QStringList lupdateArguments = QStringList{QStringLiteral("-project"), projectFile.fileName()}
                                       + QProcess::splitCommand(QStringLiteral(PARTNERDESK_LUPDATE_OPTIONS));
    QString failure = run(QStringLiteral(PARTNERDESK_LUPDATE), lupdateArguments);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = run(QStringLiteral(PARTNERDESK_PYTHON),
                  {QStringLiteral(PARTNERDESK_SOURCE_DIR "/scripts/english-plurals.py"), englishCopy});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    QStringList problems;
    for (const QString &path : m_cataloguePaths) {
        QFile committedFile(path);
        QFile updatedFile(workDir.filePath(fileName(path)));
        QVERIFY(committedFile.open(QIODevice::ReadOnly));
        QVERIFY(updatedFile.open(QIODevice::ReadOnly));
        const QByteArray committed = committedFile.readAll();
        const QByteArray updated = updatedFile.readAll();
        if (committed == updated)
            continue;
        QStringList found = differences(readCatalogue(path), readCatalogue(updatedFile.fileName()));
        if (found.isEmpty())
            found.append(firstDifferentLine(committed, updated));
        problems.append(report(fileName(path), found));
    }
    if (!problems.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("running lupdate on the sources would change the catalogues:\n")
                         + problems.join(u'\n') + QStringLiteral("\nUpdate them with\n  ") + updateCommand
                         + QStringLiteral("\nthen translate what is new in each catalogue.")));
    }
}

void TestCatalogues::entriesAreFinished_data()
{
    addCatalogueRows();
}

void TestCatalogues::entriesAreFinished()
{
    QFETCH(QString, path);
    const Catalogue catalogue = readCatalogue(path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));

    QStringList problems;
    for (const Message &message : catalogue.messages) {
        const bool empty = message.translation.isEmpty() || message.translation.contains(QString());
        if (message.type == u"vanished" || message.type == u"obsolete") {
            problems.append(message.name() + QStringLiteral(": ") + message.type);
        } else if (catalogue.language == sourceLanguage && !message.numerus) {
            if (!message.translation.join(QString()).isEmpty())
                problems.append(message.name() + QStringLiteral(": has an English text, which would replace the "
                                                                "source text (only plural forms belong here)"));
        } else if (message.type == u"unfinished") {
            problems.append(message.name() + QStringLiteral(": unfinished"));
        } else if (empty) {
            problems.append(message.name() + QStringLiteral(": finished but empty"));
        }
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(report(fileName(path), problems)));
}

void TestCatalogues::pluralFormsMatchTheLanguage_data()
{
    addCatalogueRows();
}

void TestCatalogues::pluralFormsMatchTheLanguage()
{
    QFETCH(QString, path);
    const Catalogue catalogue = readCatalogue(path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    const int expected = pluralFormCount(catalogue.language);
    QVERIFY2(expected > 0, qPrintable(QStringLiteral("no plural form count for the language %1: add it from "
                                                     "Qt's numerus rules")
                                          .arg(catalogue.language)));

    QStringList problems;
    for (const Message &message : catalogue.messages) {
        if (message.numerus && message.translation.size() != expected) {
            problems.append(QStringLiteral("%1: %2 plural form(s), %3 has %4")
                                .arg(message.name())
                                .arg(message.translation.size())
                                .arg(catalogue.language)
                                .arg(expected));
        }
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(report(fileName(path), problems)));
}

void TestCatalogues::translationsKeepPlaceholdersMnemonicsAndTags_data()
{
    addCatalogueRows();
}

void TestCatalogues::translationsKeepPlaceholdersMnemonicsAndTags()
{
    QFETCH(QString, path);
    const Catalogue catalogue = readCatalogue(path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));

    QStringList problems;
    for (const Message &message : catalogue.messages) {
        for (qsizetype form = 0; form < message.translation.size(); ++form) {
            // An empty text is entriesAreFinished' business (and the rule for English).
            if (message.translation[form].isEmpty())
                continue;
            const QString where = message.numerus ? QStringLiteral("%1, plural form %2").arg(message.name()).arg(form + 1)
                                                  : message.name();
            for (const QString &problem : markupProblems(message.source, message.translation[form]))
                problems.append(where + QStringLiteral(": ") + problem);
        }
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(report(fileName(path), problems)));
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
