#pragma once

#include <QIcon>
#include <QObject>

namespace PartnerDesk {

// The app's one icon set (Lucide, embedded from resources/icons/actions; see the README
// there), the same on every platform: no desktop theme icon, no Qt style fallback. Each
// icon is drawn from its SVG at the size asked, in the colour of the application palette's
// text (so it reads on light and dark themes, greyed when disabled, in the highlighted
// text's colour on a selected row); the status and outcome icons wear the colours that
// Appearance gives their meaning, and differ in shape too, for whoever cannot tell the
// colours apart.
namespace Icons {
Q_NAMESPACE

enum class Name {
    Connect,
    ConnectionProblems,
    Add,
    Edit,
    Remove,
    Import,
    Settings,
    About,
    Copy,
    NewCode,
    CheckStatus,
    Search,
    Clear,
    More,
    Question,
    Success,
    Warning,
    Error,
    StatusConnected,
    StatusDisconnected,
    StatusUnknown,
};
Q_ENUM_NS(Name)

QIcon icon(Name name);

// Makes the set the source of the icons Qt's own widgets draw too (a message box's sign, a
// line edit's clear button, the tool bar's overflow button), and keeps dialog buttons to
// words, as Windows and macOS show them, where Linux desktops would add theme or Qt fallback
// icons. Once, before the first widget is made.
void useForQtWidgets();

// What QIconEngine::key() answers for every icon of the set, so a test can tell one of ours
// from a theme or style icon (QDataStream writes an icon's engine key first).
inline constexpr char engineKey[] = "partnerdesk";

} // namespace Icons

} // namespace PartnerDesk
