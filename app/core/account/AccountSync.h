#pragma once

#include "store/InstanceRepository.h"
#include "util/Error.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace PartnerDesk {

class Workspace;
class ZApiCall;

// What a sync of the partner's Z-API account did.
struct AccountSyncReport
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<SyncFailure> failed;
    // Instances of the list the account no longer has: marked, never removed here (only when
    // the agent confirms, removeMissing()). Known only when every page was read.
    QList<InstanceRecord> gone;
    bool complete = false; // every page was read and applied
    int pagesRead = 0;     // read and applied, of the last reading of the account
    int totalPages = 0;    // as the last page read said; 0 before the first
    // Why it stopped before the end (Cancelled, a timeout, an error page, a rejected partner
    // token...): the pages applied before it stay, and `gone` is empty.
    Error error;
};

// Reads the partner's whole account (GET /instances, page by page, following totalPage: the
// server may serve fewer per page than asked) with the partner token, and applies each page
// to the list as it arrives (InstanceRepository::applyAccountPage). Once every page is in,
// the instances the account no longer has are marked missing and reported. One sync at a
// time per object; never blocks the event loop.
//
// A page is held only while it is applied: the answer carries every instance's token, and
// nothing of it is kept here afterwards. When the account's `total` changes while the pages
// are read (an instance added or removed meanwhile shifts the later pages, so one could be
// skipped and then taken for gone), the account is read once more, up to maximumReadings
// times in all; an instance seen in any reading is not gone.
//
// Must not outlive the workspace.
class AccountSync : public QObject
{
    Q_OBJECT
public:
    static constexpr int pageSize = 100;
    static constexpr int maximumReadings = 3;

    explicit AccountSync(Workspace *workspace, QObject *parent = nullptr);
    // A sync still running stops, without finished().
    ~AccountSync() override;

    // Does nothing while a sync runs. Everything it reports comes later, never inside the call.
    void start();
    // Stops at once: the request in flight is cancelled, the pages applied stay; finished()
    // follows with Cancelled, before cancel() returns. Nothing while no sync runs.
    void cancel();
    bool isRunning() const { return m_running; }

    // The `--prune` / confirmed step: removes those of `gone` still marked missing.
    Error removeMissing(const QList<InstanceRecord> &gone, int *removed);

signals:
    // After each page: how far it got. `totalInstances` as the server counts them. A second
    // reading of the account (see above) starts again from page 1.
    void progress(int pagesRead, int totalPages, int instancesRead, qint64 totalInstances);
    void finished(const PartnerDesk::AccountSyncReport &report);

private:
    void requestPage(int page);
    void pageArrived(quint64 run, int page, const Error &error, const AccountPage &answer);
    void pageApplied(quint64 run, int page, const AccountPage &numbers, int instances, const SyncSummary &summary);
    void readingDone();
    // Ends the run: nothing of it answers any more; finished() is emitted last.
    void finish(const Error &error);
    void forgetPartnerToken();

    Workspace *m_workspace;
    bool m_running = false;
    quint64 m_run = 0; // which run a callback belongs to: an older one's are dropped
    QPointer<ZApiCall> m_call;
    QString m_partnerToken; // only while a sync runs
    AccountSyncReport m_report;
    QSet<QUuid> m_seen; // every reading's
    int m_reading = 0;
    qint64 m_readingTotal = -1;   // the account's total as page 1 of this reading said
    bool m_accountChanged = false; // a later page of this reading said another total
    int m_instancesRead = 0;       // in this reading
    int m_changedBefore = 0;       // added and updated in the readings before this one
    int m_unchangedInReading = 0;
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::AccountSyncReport)
