#include "core/text/stemmer.hpp"

#include <libstemmer.h>

#include <stdexcept>
#include <utility>

namespace rehearse {

namespace {
// Bounds the cache so a long session cannot grow it without limit.
constexpr std::size_t kMaxCachedStems = 50000;
}

Stemmer::Stemmer() : m_handle(sb_stemmer_new("english", nullptr)) {
    if (!m_handle) throw std::runtime_error("libstemmer: no English stemmer available");
}

Stemmer::~Stemmer() { sb_stemmer_delete(m_handle); }

Stemmer::Stemmer(Stemmer&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr)), m_cache(std::move(other.m_cache)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
    if (this != &other) {
        sb_stemmer_delete(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

const std::string& Stemmer::stem(const std::string& word) {
    if (auto found = m_cache.find(word); found != m_cache.end()) return found->second;
    if (m_cache.size() >= kMaxCachedStems) m_cache.clear();
    std::string stemmed = word;
    if (m_handle) {
        const auto* out = sb_stemmer_stem(m_handle, reinterpret_cast<const sb_symbol*>(word.data()),
                                          static_cast<int>(word.size()));
        // Out of memory gives null: keeping the word unstemmed is the safe answer.
        if (out) stemmed.assign(reinterpret_cast<const char*>(out), sb_stemmer_length(m_handle));
    }
    return m_cache.emplace(word, std::move(stemmed)).first->second;
}

}  // namespace rehearse
