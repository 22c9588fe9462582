// UTF-8 checking and repair for text that comes from outside: answer files
// saved by old editors, command-line arguments, imported archives, rows of a
// database someone else may have written. Everything downstream (JSON
// output, the store, the matcher, the terminal) may then assume valid UTF-8;
// nlohmann::json::dump, for one, throws on anything else.
//
// Repair follows the Unicode Standard's recommended practice ("U+FFFD
// substitution of maximal subparts", ch. 3.9): each maximal run of bytes that
// starts a sequence but cannot be completed becomes one U+FFFD, then decoding
// resumes at the byte that broke it. Overlong forms, surrogates (ED A0..BF)
// and code points above U+10FFFF are invalid.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rehearse {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;
inline constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// One step of decoding at `pos` (< text.size()): a code point and its length
// in bytes, or, when `valid` is false, the length of the maximal subpart to
// replace (at least 1).
struct Utf8Step {
    char32_t codePoint = 0;
    std::size_t length = 1;
    bool valid = false;
};
Utf8Step decodeUtf8(std::string_view text, std::size_t pos);

// The code point at `pos` (< text.size()), U+FFFD for an invalid sequence,
// and `pos` moved past it: the loop every reader of text runs.
char32_t readUtf8(std::string_view text, std::size_t& pos);

// Character boundaries, as decoding from the start of `text` finds them: an
// invalid sequence is one character, as U+FFFD shows it. A caret, a cut or an
// edit placed on a boundary never splits a character in two.
// Where the character after `pos` (< text.size()) ends.
std::size_t nextUtf8Boundary(std::string_view text, std::size_t pos);
// Where the character before `pos` (0 < pos <= text.size()) starts.
std::size_t previousUtf8Boundary(std::string_view text, std::size_t pos);
// Where the character holding byte `pos` starts: `pos` itself on a boundary;
// text.size() for any `pos` past the end.
std::size_t utf8CharacterStart(std::string_view text, std::size_t pos);
// Whether a character starts at `pos`, or `pos` is the end.
bool isUtf8Boundary(std::string_view text, std::size_t pos);

bool isValidUtf8(std::string_view text);

// `text` with every invalid sequence replaced by U+FFFD; valid text comes back
// unchanged. `replaced`, when given, receives how many replacements were made.
std::string repairUtf8(std::string_view text, std::size_t* replaced = nullptr);

// How many code points `text` holds (an invalid sequence counts as one, as
// repairUtf8 would show it).
std::size_t utf8Length(std::string_view text);

// Appends the UTF-8 encoding of `codePoint` (a scalar value) to `out`.
void appendUtf8(std::string& out, char32_t codePoint);

}  // namespace rehearse
