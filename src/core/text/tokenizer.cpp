#include "core/text/tokenizer.hpp"

#include "core/text/utf8.hpp"

namespace rehearse {

namespace {

bool isApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

// Letters and digits. Beyond ASCII we only know the punctuation blocks a
// writer is likely to type (Latin-1 symbols, General Punctuation, arrows,
// maths, box drawing, CJK punctuation, emoji); everything else counts as a
// letter, which keeps words in other scripts whole.
bool isWordChar(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cp == kReplacementCharacter) return false;  // bytes that were not UTF-8
    if (cp >= 0x80 && cp <= 0xBF) return false;           // C1 controls, Latin-1 symbols
    if (cp == 0xD7 || cp == 0xF7) return false;            // × ÷
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;        // punctuation, arrows, maths, shapes
    if (cp >= 0x3000 && cp <= 0x303F) return false;        // CJK punctuation
    if (cp >= 0xFE30 && cp <= 0xFE4F) return false;        // CJK compatibility forms
    if (cp >= 0xFF00 && cp <= 0xFF0F) return false;        // full-width punctuation
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;      // emoji and pictographs
    return true;
}

char32_t toLower(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;  // Latin-1 capitals
    return cp;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    Token current;
    bool inWord = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = readUtf8(text, pos);  // U+FFFD for bad bytes: no stall, no over-read
        if (isWordChar(cp)) {
            if (!inWord) { current = Token{}; current.begin = start; inWord = true; }
            appendUtf8(current.word, toLower(cp));
            current.end = pos;
            continue;
        }
        // An apostrophe joins a word only when a word character follows it.
        if (inWord && isApostrophe(cp) && pos < text.size()) {
            std::size_t peek = pos;
            if (isWordChar(readUtf8(text, peek))) { current.word += '\''; continue; }
        }
        if (inWord) { tokens.push_back(std::move(current)); inWord = false; }
    }
    if (inWord) tokens.push_back(std::move(current));
    return tokens;
}

std::vector<std::string> tokenWords(std::string_view text) {
    std::vector<std::string> words;
    for (Token& token : tokenize(text)) words.push_back(std::move(token.word));
    return words;
}

bool hasWord(const std::vector<std::string>& words, std::initializer_list<std::string_view> any) {
    for (const std::string& word : words)
        for (std::string_view w : any)
            if (word == w) return true;
    return false;
}

bool hasPhrase(const std::vector<std::string>& words, std::initializer_list<std::string_view> phrase) {
    for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
        std::size_t j = 0;
        for (std::string_view w : phrase) {
            if (words[i + j] != w) break;
            ++j;
        }
        if (j == phrase.size()) return true;
    }
    return false;
}

}  // namespace rehearse
