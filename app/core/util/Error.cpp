#include "Error.h"

#include <QCoreApplication>

namespace PartnerDesk {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PartnerDesk::Error", text, disambiguation, n);
}
} // namespace

QString Error::message() const
{
    switch (code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::InvalidProfileName:
        return tr("Profile names may contain only letters, digits, '-' and '_' (at most 64).");
    case ErrorCode::ReservedProfileName:
        return tr("\"%1\" cannot be a profile name: Windows keeps it for a device (as it does CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9, in any case). Choose another name.").arg(detail);
    case ErrorCode::AmbiguousProfileName:
        return tr("There are profiles spelled %1, which Windows and macOS cannot tell apart. Give the profile name with exactly the capital letters of the one you mean.").arg(detail);
    case ErrorCode::InvalidApiBaseUrl:
        return tr("The API address is not a valid URL. Check it in Settings (the default is https://api.z-api.io).");
    case ErrorCode::InsecureApiBaseUrl:
        return tr("The API address must use https:// (plain http:// is allowed only for this computer). Check it in Settings.");
    case ErrorCode::InvalidInstanceId:
        return tr("The instance ID may contain only letters, digits, '-' and '_'. Copy it again from the Z-API dashboard.");
    case ErrorCode::InvalidInstanceToken:
        return tr("The instance token may contain only letters, digits, '-' and '_'. Copy it again from the Z-API dashboard.");
    case ErrorCode::InvalidClientToken:
        return tr("The Client-Token may not contain spaces or control characters. Copy it again from the Security tab of your Z-API account.");
    case ErrorCode::InvalidPartnerToken:
        return tr("The partner token may not contain spaces or control characters. Copy it again from the partner (integrator) area of your Z-API account.");
    // The phone errors: `detail` is the number as understood (international format), or as
    // typed when not even that was possible, so the agent sees what the app made of it.
    case ErrorCode::InvalidPhone:
        return tr("Enter the customer's WhatsApp number with the area code, e.g. (11) 98765-4321; a number from another country starts with + and its country code.");
    case ErrorCode::PhoneCountryCodeUnknown:
        return tr("No country has the calling code at the start of %1. Check the digits after the +, or leave out the + for a number in the default country (Settings).").arg(detail);
    case ErrorCode::PhoneTooShort:
        return tr("%1 is too short for a phone number. Check that the area code and every digit are there.").arg(detail);
    case ErrorCode::PhoneTooLong:
        return tr("%1 is too long for a phone number. Check for an extra digit; a number from another country starts with + and its country code.").arg(detail);
    case ErrorCode::PhoneNotValid:
        return tr("%1 is not a phone number in that country's numbering plan. Check the area code and the digits; a number from another country starts with + and its country code.").arg(detail);
    case ErrorCode::PhoneWithExtension:
        return tr("%1 has an extension, which a WhatsApp number never has. Enter the number without it.").arg(detail);
    case ErrorCode::PhoneNotForWhatsApp:
        return tr("%1 is a toll-free, premium-rate or other service number, which cannot have WhatsApp. Enter the customer's mobile or landline number.").arg(detail);
    case ErrorCode::InvalidInstanceName:
        return tr("Give the instance a name (at most 200 characters), so you can find it later.");
    case ErrorCode::InstanceIdTaken:
        return tr("This instance ID is already saved as \"%1\". Edit that instance instead of adding it again.").arg(detail);
    case ErrorCode::InstanceNameTaken:
        return tr("Another instance is already called \"%1\". Choose a different name.").arg(detail);
    case ErrorCode::UnknownInstance:
        if (detail.isEmpty())
            return tr("The instance no longer exists; it may have been removed in another Partner Desk window or from the command line.");
        return tr("There is no instance called \"%1\".").arg(detail);
    case ErrorCode::InstanceSecretsMissing:
        return tr("This instance's ID and token are not in the vault. Edit the instance and enter them again.");
    case ErrorCode::InstanceSecretsUnreadable:
        return tr("This instance's saved ID and token could not be read: they were changed outside Partner Desk. Edit the instance and enter them again; nothing else is affected.");
    case ErrorCode::ClientTokenUnreadable:
        return tr("The saved Client-Token could not be read: it was changed outside Partner Desk. Set it again in Settings (find it in the Security tab of your Z-API account).");
    case ErrorCode::PartnerTokenUnreadable:
        return tr("The saved partner token could not be read: it was changed outside Partner Desk. Set it again in Settings (find it in the partner area of your Z-API account).");
    case ErrorCode::KeychainUnavailable:
        return tr("No system keychain is available, so credentials cannot be stored safely. On Linux, install and start GNOME Keyring or KWallet (a Secret Service provider); nothing is ever stored in plain text.");
    case ErrorCode::KeychainAccessDenied:
        return tr("The system keychain is locked or did not allow access. Unlock your keyring (or allow Partner Desk when asked) and try again; nothing was changed.");
    case ErrorCode::KeychainFailed:
        return tr("The system keychain reported an error. Make sure it is running and unlocked, then try again.");
    case ErrorCode::KeychainTimeout:
        return tr("The system keychain did not answer. If it is asking for your password, unlock it; otherwise log out and in again to restart it. Then try again; nothing was changed.");
    case ErrorCode::VaultKeyMissing:
        return tr("The key that protects your saved credentials is no longer in the system keychain, so they cannot be read. Starting over keeps the old vault aside; then enter or import the credentials again.");
    case ErrorCode::VaultUnreadable:
        return tr("The credential vault is damaged or was changed outside Partner Desk, so it cannot be opened. Starting over keeps it aside, and the key in the system keychain beside it; then enter or import the credentials again.");
    case ErrorCode::VaultKeyWrongSize:
        return tr("The system keychain's entry for this profile holds %1 bytes, not the 32-byte key Partner Desk made, so it was changed by another program or by hand and cannot open your saved credentials. Starting over keeps that entry under a dated name and the vault aside; then enter or import the credentials again.").arg(detail);
    case ErrorCode::VaultAccessFailed:
        return tr("The credential vault could not be read (%1). Check the permissions of Partner Desk's data folder; nothing was changed.").arg(detail);
    case ErrorCode::VaultWriteFailed:
        return tr("The credential vault could not be saved (%1). Nothing was changed; check the disk space and permissions and try again.").arg(detail);
    case ErrorCode::StoreUnreadable:
        return tr("The instance list was damaged and could not be read. It was kept aside as %1; Partner Desk started with an empty list.").arg(detail);
    case ErrorCode::StoreAccessFailed:
        return tr("The instance list could not be read (%1). Check the permissions of Partner Desk's data folder; nothing was changed.").arg(detail);
    case ErrorCode::StoreWriteFailed:
        return tr("The instance list could not be saved (%1). Nothing was changed; check the disk space and permissions and try again.").arg(detail);
    case ErrorCode::StoreTooNew:
        return tr("This profile was saved by a newer version of Partner Desk, which this version cannot read. Install the newer version; the profile was left as it is.");
    case ErrorCode::StoreNotARegularFile:
        return tr("Partner Desk did not open %1: it is a symbolic link or another special file where Partner Desk keeps its own files, and nothing was written through it. Move it away and start Partner Desk again.").arg(detail);
    case ErrorCode::ImportFileUnreadable:
        return tr("The file could not be read: %1").arg(detail);
    case ErrorCode::ClientTokenMissing:
        return tr("Z-API requires your account's Client-Token. Set it in Settings (find it in the Security tab of your Z-API account).");
    case ErrorCode::PartnerTokenMissing:
        return tr("Syncing the account needs your Z-API partner token. Set it in Settings (find it in the partner area of your Z-API account).");
    case ErrorCode::PartnerTokenRejected:
        return tr("Z-API rejected the partner token. Copy it again from the partner area of your Z-API account and update it in Settings.");
    case ErrorCode::SubscriptionExpired:
        return tr("This instance's Z-API subscription has expired, so it cannot be used until it is renewed. Renew it in the Z-API dashboard.");
    case ErrorCode::ClientTokenRejected:
        return tr("Z-API rejected the Client-Token. Copy it again from the Security tab of your Z-API account and update it in Settings.");
    case ErrorCode::InstanceCredentialsRejected:
        return tr("Z-API does not know this instance ID and token. Check them in the Z-API dashboard and edit the instance.");
    case ErrorCode::RateLimited:
        if (retryAfterSeconds > 0)
            return tr("Z-API is receiving too many requests. Try again in %n second(s).", nullptr, retryAfterSeconds);
        return tr("Z-API is receiving too many requests. Wait a moment and try again.");
    case ErrorCode::ServerError:
        return tr("Z-API had a problem answering (HTTP %1). Try again in a moment; if it persists, check Z-API's status page.").arg(detail);
    case ErrorCode::UnexpectedStatus:
        return tr("Z-API answered with an unexpected status (HTTP %1). Try again; if it persists, check the API address in Settings.").arg(detail);
    case ErrorCode::Timeout:
        return tr("Z-API did not answer in time. Check your internet connection and try again, or raise the timeout in Settings.");
    case ErrorCode::HostNotFound:
        return tr("The Z-API server could not be found. Check your internet connection and the API address in Settings.");
    case ErrorCode::ConnectionFailed:
        return tr("Could not connect to Z-API. Check your internet connection, proxy or firewall and try again.");
    case ErrorCode::TlsFailure:
        return tr("The secure connection to Z-API could not be verified, so nothing was sent. Check the computer's date and time and any proxy that inspects HTTPS traffic.");
    case ErrorCode::RedirectBlocked:
        return tr("The server tried to send the request to another address. It was stopped so your credentials stay with Z-API. Check the API address in Settings.");
    case ErrorCode::ResponseTooLarge:
        return tr("Z-API's answer was far larger than expected and was discarded. Try again; if it persists, check the API address in Settings.");
    case ErrorCode::MalformedResponse:
        return tr("Z-API's answer could not be understood. Try again; if it persists, check the API address in Settings.");
    case ErrorCode::CodeAlreadyExpired:
        return tr("Z-API sent a code that has already expired. Generate a new code; if it happens again, check this computer's clock.");
    }
    return {};
}

int Error::exitCode() const
{
    switch (code) {
    case ErrorCode::None:
        return 0;
    case ErrorCode::ClientTokenRejected:
    case ErrorCode::PartnerTokenRejected:
    case ErrorCode::SubscriptionExpired:
    case ErrorCode::InstanceCredentialsRejected:
    case ErrorCode::RateLimited:
    case ErrorCode::ServerError:
    case ErrorCode::UnexpectedStatus:
    case ErrorCode::Timeout:
    case ErrorCode::HostNotFound:
    case ErrorCode::ConnectionFailed:
    case ErrorCode::TlsFailure:
    case ErrorCode::RedirectBlocked:
    case ErrorCode::ResponseTooLarge:
    case ErrorCode::MalformedResponse:
    case ErrorCode::CodeAlreadyExpired:
    case ErrorCode::Cancelled:
        return 1;
    default:
        return 3;
    }
}

} // namespace PartnerDesk
