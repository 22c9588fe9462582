// Whether text holds nothing a person wrote: empty or only spaces, tabs and
// line breaks. A blank note, answer or label is treated as not given.
#pragma once

#include <string_view>

namespace rehearse {

inline bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace rehearse
