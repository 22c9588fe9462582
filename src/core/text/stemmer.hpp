// English stemming with Snowball's libstemmer ("curves" -> "curv",
// "curve" -> "curv"), so that phrases match whatever inflection was typed.
//
// A libstemmer handle is not thread-safe, so every Stemmer owns its own and
// is meant to live inside one matcher used by one thread. Stems are cached:
// notes are re-scored every frame-ish and repeat the same words.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace rehearse {

class Stemmer {
public:
    Stemmer();
    ~Stemmer();
    Stemmer(Stemmer&& other) noexcept;
    Stemmer& operator=(Stemmer&& other) noexcept;
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;

    // `word` is one lower-case token from tokenize().
    const std::string& stem(const std::string& word);

private:
    sb_stemmer* m_handle = nullptr;
    std::unordered_map<std::string, std::string> m_cache;
};

}  // namespace rehearse
