#include "net/join_code.hpp"

#include "net/word_list.hpp"

#include <sodium.h>

#include <cctype>
#include <stdexcept>
#include <vector>

namespace rehearse::net {

std::string JoinCode::text() const { return std::to_string(channel) + "-" + firstWord + "-" + secondWord; }

Bytes JoinCode::secret() const { return bytesOf(firstWord + "-" + secondWord); }

JoinCode makeJoinCode(std::uint16_t channel) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium cannot start");
    std::uint8_t picks[2];
    randombytes_buf(picks, sizeof picks);
    return JoinCode{channel, pairWords()[picks[0]], pairWords()[picks[1]]};
}

namespace {

std::string suggestWord(const std::string& word) {
    if (word.size() < 3) return "";
    for (const char* candidate : pairWords())
        if (std::string(candidate).compare(0, 3, word, 0, 3) == 0) return candidate;
    return "";
}

}  // namespace

std::variant<JoinCode, std::string> parseJoinCode(const std::string& text) {
    if (text.size() > 100) return std::string("that join code is too long; a code looks like 47213-crossbow-lantern");
    std::vector<std::string> parts(1);
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (c == '-' || std::isspace(u)) {
            if (!parts.back().empty()) parts.emplace_back();
        } else if (std::isalnum(u)) {
            parts.back().push_back(static_cast<char>(std::tolower(u)));
        } else {
            return std::string("a join code has only digits, letters and dashes; a code looks like 47213-crossbow-lantern");
        }
    }
    if (parts.back().empty()) parts.pop_back();
    if (parts.size() != 3)
        return "a join code has three parts (a number and two words), this has " + std::to_string(parts.size()) +
               "; a code looks like 47213-crossbow-lantern";
    const std::string& number = parts[0];
    bool digits = !number.empty() && number.size() <= 5;
    for (char c : number) digits = digits && std::isdigit(static_cast<unsigned char>(c));
    if (!digits || std::stoul(number) == 0 || std::stoul(number) > 65535)
        return "a join code starts with a number from 1 to 65535, not '" + number + "'";
    for (int i = 1; i <= 2; ++i) {
        if (!pairWordIndex(parts[static_cast<std::size_t>(i)])) {
            std::string message = "'" + parts[static_cast<std::size_t>(i)] + "' is not one of the code words";
            std::string suggestion = suggestWord(parts[static_cast<std::size_t>(i)]);
            if (!suggestion.empty()) message += " (did you mean '" + suggestion + "'?)";
            return message;
        }
    }
    return JoinCode{static_cast<std::uint16_t>(std::stoul(number)), parts[1], parts[2]};
}

}  // namespace rehearse::net
