// libFuzzer harness for CsvImport::parse: the bytes of a file the partner picked, from
// whatever spreadsheet or script wrote it.
//
// Besides crashes and sanitizer reports, a broken promise of the importer is a finding too:
// it aborts, and libFuzzer keeps the input that broke it.

#include "store/CsvImport.h"
#include "util/Validation.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace PartnerDesk;

namespace {

void require(bool promise)
{
    if (!promise)
        std::abort();
}

bool isTrimmed(const QString &text)
{
    return text == text.trimmed();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A raw view of libFuzzer's buffer, not a copy: reading one byte past the file (relying
    // on a terminating NUL, say) is then an AddressSanitizer report.
    const CsvImport::Result result =
        CsvImport::parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("BR"));
    if (result.error) {
        require(result.rows.isEmpty() && result.skipped.isEmpty());
        return 0;
    }

    // Rows come out checked, trimmed, in file order, and never twice: "skipped with a reason,
    // never guessed" (CsvImport.h).
    int previousLine = 1; // the header's first line
    QSet<QString> instanceIds;
    QSet<QString> names;
    for (const ImportRow &row : result.rows) {
        require(row.line > previousLine);
        previousLine = row.line;
        require(!row.name.isEmpty() && isTrimmed(row.name) && isTrimmed(row.phone) && isTrimmed(row.notes));
        require(!Validation::checkInstanceId(row.secrets.instanceId));
        require(!Validation::checkInstanceToken(row.secrets.instanceToken));
        require(!instanceIds.contains(row.secrets.instanceId));
        require(!names.contains(row.name.toCaseFolded()));
        instanceIds.insert(row.secrets.instanceId);
        names.insert(row.name.toCaseFolded());
    }
    for (const SkippedRow &skipped : result.skipped)
        require(skipped.line > 1 && !skipped.reason.isEmpty());
    return 0;
}
