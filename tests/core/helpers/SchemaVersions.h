#pragma once

// A profile's database as an earlier Partner Desk left it, for the tests of the schema
// migrations: written by the current code, then taken back, with plain SQL on a connection of
// its own, to that version's tables. Versions 1 and 2 have the same tables (2 only rewrote the
// phones); version 3 added the columns of the partner's account to instances.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace PartnerDesk::Test {

// The columns version 3 added (Database.cpp, addAccountColumns).
inline QStringList schemaVersion3Columns()
{
    return {QStringLiteral("payment_status"), QStringLiteral("due_at"), QStringLiteral("account_name"),
            QStringLiteral("synced_name"), QStringLiteral("gone_since")};
}

// Every connection to `path` must be closed. False (with a warning) when a statement fails.
inline bool takeBackToSchemaVersion(const QString &path, int version)
{
    const QString connection = QStringLiteral("schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        QStringList statements;
        if (version < 3) {
            for (const QString &column : schemaVersion3Columns())
                statements.append(QStringLiteral("ALTER TABLE instances DROP COLUMN %1").arg(column));
        }
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
        for (const QString &sql : statements) {
            QSqlQuery statement(db);
            if (!ok || statement.exec(sql))
                continue;
            qWarning("%s: %s", qPrintable(sql), qPrintable(statement.lastError().text()));
            ok = false;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace PartnerDesk::Test
