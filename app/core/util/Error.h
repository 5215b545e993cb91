#pragma once

#include <QMetaType>
#include <QString>

namespace PartnerDesk {

// Every failure the user can meet, in one place, so that the GUI and the CLI say the
// same actionable sentence for it (see errorMessage()).
enum class ErrorCode {
    None,
    Cancelled,

    // Configuration, checked before anything is sent.
    InvalidProfileName,
    ReservedProfileName,  // detail: the name (CON, NUL, COM1…: devices on Windows)
    AmbiguousProfileName, // detail: the existing spellings, which are one folder on Windows and macOS
    InvalidApiBaseUrl,
    InsecureApiBaseUrl,
    InvalidInstanceId,
    InvalidInstanceToken,
    InvalidClientToken,
    InvalidPartnerToken,
    InvalidPhone,
    PhoneCountryCodeUnknown,
    PhoneTooShort,
    PhoneTooLong,
    PhoneNotValid,
    PhoneWithExtension,
    PhoneNotForWhatsApp,
    InvalidInstanceName,
    InstanceNameTaken,
    InstanceIdTaken,
    UnknownInstance,
    InstanceSecretsMissing,
    InstanceSecretsUnreadable,
    ClientTokenUnreadable,
    PartnerTokenUnreadable,

    // Keychain, vault and database.
    KeychainUnavailable,
    KeychainAccessDenied,
    KeychainFailed,
    KeychainTimeout,
    VaultKeyMissing,
    VaultUnreadable,
    VaultKeyWrongSize, // the keychain entry is not a key of ours: detail its size in bytes
    VaultAccessFailed,
    VaultWriteFailed,
    StoreUnreadable,
    StoreAccessFailed,
    StoreWriteFailed,
    StoreTooNew,
    StoreNotARegularFile, // a symbolic link or a special file where the profile keeps its own: detail the path
    ImportFileUnreadable,

    // Settings the request needs (configuration errors in the CLI too).
    ClientTokenMissing,
    PartnerTokenMissing,

    // Z-API answers and the network.
    ClientTokenRejected,
    PartnerTokenRejected,
    SubscriptionExpired,
    InstanceCredentialsRejected,
    RateLimited,
    ServerError,
    UnexpectedStatus,
    Timeout,
    HostNotFound,
    ConnectionFailed,
    TlsFailure,
    RedirectBlocked,
    ResponseTooLarge,
    MalformedResponse,
    CodeAlreadyExpired,
};

// A typed failure. `detail` carries only non-secret context (an HTTP status, a file path
// the user needs, a row number); never a token, an instance ID or a server body.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString detail;
    int retryAfterSeconds = -1; // RateLimited only; -1 when the server did not say

    Error() = default;
    Error(ErrorCode errorCode, QString errorDetail = {}) // NOLINT: implicit on purpose
        : code(errorCode), detail(std::move(errorDetail)) {}

    bool isError() const { return code != ErrorCode::None; }
    explicit operator bool() const { return isError(); }

    // The translated, actionable sentence shown to the user.
    QString message() const;
    // partnerdesk-cli exit status: 1 API or network, 3 keychain, vault or configuration.
    int exitCode() const;
};

} // namespace PartnerDesk

// Here, beside the type: every signal that carries an Error (moc instantiates its metatype)
// sees it first.
Q_DECLARE_METATYPE(PartnerDesk::Error)
