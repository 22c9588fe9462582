// Text written into XML (the SVG export): escaped so that any label, title
// or stage name gives a well-formed document that browsers, rsvg and
// Inkscape open. XML 1.0 allows only tab, LF, CR and U+0020 up, minus
// surrogates and U+FFFE/U+FFFF; a label can hold anything (a pasted
// JSON "\u0001", "\uFFFF", bytes that are not UTF-8), and one such character
// makes a strict parser refuse the whole file.
#pragma once

#include <string>
#include <string_view>

namespace rehearse {

// `text` as XML character data or attribute value (for either quote):
// markup characters as entities (&amp; &lt; &gt; &quot; &apos;); each
// invalid UTF-8 sequence (a maximal subpart, as the Unicode Standard
// recommends) as U+FFFD; controls other than tab, LF and CR, and the
// non-characters (U+FDD0..U+FDEF and U+xxFFFE/U+xxFFFF) dropped.
std::string escapeXmlText(std::string_view text);

}  // namespace rehearse
