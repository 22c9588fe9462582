#include "core/text/stemmer.hpp"

#include "core/text/spelling.hpp"

#include <libstemmer.h>

#include <stdexcept>
#include <string_view>
#include <utility>

namespace rehearse {

namespace {
// Bounds the cache so a long session cannot grow it without limit.
constexpr std::size_t kMaxCachedStems = 50000;

// Snowball's stems that merge unrelated words, found by the scenario lint
// (scenario_lint.cpp, "stem collisions"): these words keep a stem of their
// own so that "several" never covers "severity", "personal data" never
// covers "personalisation", "organic traffic" never covers an organisation,
// "simple and precise" never covers precision,
// "user experience" never covers an experiment, "false positive" never covers
// "position bias", "in production" never covers a product, "is there a
// search engine?" never asks how many engineers there are, and a conversion
// rate is no conversation, marketing no market, a listing no list, a rating
// no rate, red-teaming no team, a customer nothing custom, an identity
// nothing identical, an objective no object, "completely" no completion,
// "probably" no probability, a minority no minors and a locale nothing local.
struct StemGuard {
    std::string_view word;   // after americanSpelling()
    std::string_view stem;
};
constexpr StemGuard kGuards[] = {
    {"several", "several"},
    {"personalization", "personaliz"}, {"personalizations", "personaliz"}, {"personalize", "personaliz"},
    {"personalized", "personaliz"},    {"personalizes", "personaliz"},     {"personalizing", "personaliz"},
    {"generalization", "generaliz"},   {"generalize", "generaliz"},        {"generalizes", "generaliz"},
    {"generalized", "generaliz"},      {"generalizing", "generaliz"},
    {"organic", "organic"},            {"organically", "organic"},
    {"university", "universiti"},      {"universities", "universiti"},
    {"experiment", "experiment"},      {"experiments", "experiment"},      {"experimented", "experiment"},
    {"experimenting", "experiment"},
    {"authorization", "authoriz"},     {"authorizations", "authoriz"},     {"authorize", "authoriz"},
    {"authorized", "authoriz"},        {"authorizes", "authoriz"},         {"authorizing", "authoriz"},
    {"positive", "positiv"},           {"positives", "positiv"},           {"positively", "positiv"},
    {"production", "production"},      {"productions", "production"},
    {"organizer", "organizer"},        {"organizers", "organizer"},
    {"precise", "precise"},            {"precisely", "precise"},
    {"engineer", "engineer"},          {"engineers", "engineer"},          {"engineering", "engineer"},
    {"engineered", "engineer"},        {"engineer's", "engineer"},
    {"conversation", "conversation"},  {"conversations", "conversation"},
    {"conversion", "conversion"},      {"conversions", "conversion"},
    {"integrity", "integrity"},
    {"marketing", "marketing"},
    {"listing", "listing"},            {"listings", "listing"},            {"listed", "listing"},
    {"rating", "rating"},              {"ratings", "rating"},              {"rated", "rating"},
    {"teaming", "teaming"},
    {"customer", "customer"},          {"customers", "customer"},          {"customer's", "customer"},
    {"identity", "identity"},          {"identities", "identity"},
    {"objective", "objective"},        {"objectives", "objective"},
    {"completely", "completely"},
    {"probably", "probably"},
    {"minority", "minority"},          {"minorities", "minority"},
    {"locale", "locale"},              {"locales", "locale"},
};
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
    const std::string spelled = americanSpelling(word);
    for (const StemGuard& guard : kGuards)
        if (spelled == guard.word) return m_cache.emplace(word, std::string(guard.stem)).first->second;
    std::string stemmed = spelled;
    if (m_handle) {
        const auto* out = sb_stemmer_stem(m_handle, reinterpret_cast<const sb_symbol*>(spelled.data()),
                                          static_cast<int>(spelled.size()));
        // Out of memory gives null: keeping the word unstemmed is the safe answer.
        if (out) stemmed.assign(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(m_handle)));
    }
    return m_cache.emplace(word, std::move(stemmed)).first->second;
}

}  // namespace rehearse
