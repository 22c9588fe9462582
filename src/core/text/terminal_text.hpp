// Text from files, archives and the store made safe to print on a terminal.
// A scenario title, an imported session's name or a diagnostic quoting a
// file is someone else's bytes: printed raw, ESC / OSC / C1 CSI sequences
// would move the cursor, rewrite the window title, ring the bell, or (with
// CR, BS) hide what came before on the line. Every CLI printer passes such
// text through here.
//
// Invalid UTF-8 becomes U+FFFD. Control characters are shown, not dropped,
// so the reader sees that something was there: C0 and DEL as \x1b style
// escapes (\r, \n, \t by their usual names), C1 controls (U+0080..U+009F),
// line and paragraph separators and bidirectional overrides as \u{...}.
#pragma once

#include <string>
#include <string_view>

namespace rehearse {

// For a value on one line (a title, a name, a column in a table): newlines
// and tabs are escaped too, so a value cannot fake a line or a column.
std::string terminalText(std::string_view text);

// For text that may span lines (an answer, a multi-line message): keeps
// newlines and tabs, escapes every other control.
std::string terminalLines(std::string_view text);

}  // namespace rehearse
