#include "AccountSync.h"

#include "Workspace.h"
#include "zapi/ZApiClient.h"

#include <algorithm>

namespace PartnerDesk {

namespace {

bool sameFailure(const SyncFailure &a, const SyncFailure &b)
{
    return a.idSuffix == b.idSuffix && a.name == b.name && a.reason == b.reason;
}

} // namespace

AccountSync::AccountSync(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

AccountSync::~AccountSync()
{
    // No finished() from a destructor: whoever listens may be going too.
    ++m_run;
    m_running = false;
    if (m_call)
        m_call->cancel();
}

void AccountSync::start()
{
    if (m_running)
        return;
    m_running = true;
    const quint64 run = ++m_run;
    m_report = AccountSyncReport();
    m_seen.clear();
    m_reading = 1;
    m_readingTotal = -1;
    m_accountChanged = false;
    m_instancesRead = 0;
    m_changedBefore = 0;
    m_unchangedInReading = 0;
    // Read once for the whole sync, not once a page: every page needs it.
    m_workspace->repository()->partnerToken(this, [this, run](const Error &error, const QString &token) {
        if (run != m_run)
            return;
        if (error) {
            finish(error);
            return;
        }
        if (token.isEmpty()) {
            finish(ErrorCode::PartnerTokenMissing);
            return;
        }
        m_partnerToken = token;
        requestPage(1);
    });
}

void AccountSync::cancel()
{
    if (m_running)
        finish(ErrorCode::Cancelled);
}

void AccountSync::requestPage(int page)
{
    const quint64 run = m_run;
    m_call = m_workspace->client()->accountPage(
        m_partnerToken, page, pageSize, this, [this, run, page](const Error &error, const AccountPage &answer) {
            pageArrived(run, page, error, answer);
        });
}

void AccountSync::pageArrived(quint64 run, int page, const Error &error, const AccountPage &answer)
{
    if (run != m_run)
        return; // cancelled: finish() has said so already
    m_call = nullptr;
    if (error) {
        finish(error);
        return;
    }
    // A page before the last that holds nothing would have the sync ask for pages for as
    // long as the server counts them: what it says does not add up.
    if (answer.instances.isEmpty() && page < answer.totalPages) {
        finish(ErrorCode::MalformedResponse);
        return;
    }
    if (page == 1)
        m_readingTotal = answer.total;
    else if (answer.total != m_readingTotal)
        m_accountChanged = true;

    // The page itself goes to the repository, which holds it until it is written; only its
    // numbers are kept for what follows.
    AccountPage numbers;
    numbers.page = answer.page;
    numbers.pageSize = answer.pageSize;
    numbers.totalPages = answer.totalPages;
    numbers.total = answer.total;
    const int instances = static_cast<int>(answer.instances.size());
    m_workspace->repository()->applyAccountPage(
        answer.instances, this, [this, run, page, numbers, instances](const Error &applyError, const SyncSummary &summary) {
            if (run != m_run)
                return;
            if (applyError) {
                finish(applyError);
                return;
            }
            pageApplied(run, page, numbers, instances, summary);
        });
}

void AccountSync::pageApplied(quint64 run, int page, const AccountPage &numbers, int instances,
                              const SyncSummary &summary)
{
    m_report.added += summary.added;
    m_report.updated += summary.updated;
    m_unchangedInReading += summary.unchanged;
    for (const SyncFailure &failure : summary.failed) {
        const bool known = std::any_of(m_report.failed.cbegin(), m_report.failed.cend(),
                                       [&failure](const SyncFailure &other) { return sameFailure(failure, other); });
        if (!known)
            m_report.failed.append(failure);
    }
    for (const QUuid &key : summary.seen)
        m_seen.insert(key);
    // An empty account has no pages, yet its one answer was read.
    const int totalPages = qMax(page, numbers.totalPages);
    m_report.pagesRead = page;
    m_report.totalPages = totalPages;
    m_instancesRead += instances;

    emit progress(page, totalPages, m_instancesRead, numbers.total);
    if (run != m_run)
        return; // cancelled from a slot of progress()
    if (page < totalPages)
        requestPage(page + 1);
    else
        readingDone();
}

void AccountSync::readingDone()
{
    if (m_accountChanged && m_reading < maximumReadings) {
        // Read it all again: what was applied stays, and so does what was seen.
        ++m_reading;
        m_readingTotal = -1;
        m_accountChanged = false;
        m_instancesRead = 0;
        m_changedBefore = m_report.added + m_report.updated;
        m_unchangedInReading = 0;
        requestPage(1);
        return;
    }
    QList<InstanceRecord> gone;
    if (const Error error = m_workspace->repository()->markMissingFromAccount(m_seen.values(), &gone)) {
        finish(error);
        return;
    }
    m_report.gone = gone;
    m_report.complete = true;
    finish({});
}

void AccountSync::finish(const Error &error)
{
    ++m_run;
    m_running = false;
    forgetPartnerToken();
    // Its callback runs (maybe right here) for a run that is over, and is dropped.
    if (const QPointer<ZApiCall> call = std::exchange(m_call, nullptr))
        call->cancel();
    AccountSyncReport report = std::exchange(m_report, AccountSyncReport());
    // What the readings after the first found unchanged includes what the ones before
    // added or updated.
    report.unchanged = qMax(0, m_unchangedInReading - m_changedBefore);
    report.error = error;
    if (error) {
        report.complete = false;
        report.gone.clear();
    }
    m_seen.clear();
    emit finished(report);
}

void AccountSync::forgetPartnerToken()
{
    m_partnerToken.fill(QChar(u'\0'));
    m_partnerToken.clear();
}

Error AccountSync::removeMissing(const QList<InstanceRecord> &gone, int *removed)
{
    QList<QUuid> keys;
    keys.reserve(gone.size());
    for (const InstanceRecord &record : gone)
        keys.append(record.key);
    int count = 0;
    const Error error = m_workspace->repository()->removeMarkedMissing(keys, &count);
    if (removed)
        *removed = error ? 0 : count;
    return error;
}

} // namespace PartnerDesk
