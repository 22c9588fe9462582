// The words of join codes and verifiers: 256 short, common English nouns that
// are easy to say aloud and to spell, no two sharing their first three letters
// (so a typed prefix names one word, and a misheard word is rarely another).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace rehearse::net {

const std::array<const char*, 256>& pairWords();
// The index of `word` (lowercase, exact), or nothing.
std::optional<std::uint8_t> pairWordIndex(const std::string& word);

}  // namespace rehearse::net
