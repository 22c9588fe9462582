// Any bytes, read by JsonDocument (simdjson, nlohmann where simdjson refuses)
// and by nlohmann::json::parse, which the scenario readers used before: both
// must accept the same texts, refuse the others with the same message and
// read the same values. A difference would change what the loader says about
// a file, so it is a finding.
#include "fuzz_targets.hpp"

#include "core/json/json_document.hpp"
#include "core/json/untrusted_json.hpp"

#include <nlohmann/json.hpp>

#include <cstring>
#include <limits>
#include <optional>

namespace rehearse::fuzz {
namespace {

// Deeper than this JsonDocument refuses by design (kMaxDepth), and the
// comparison below recurses once per level.
constexpr std::size_t kComparedDepth = 512;

void checkSameValue(const JsonValue& read, const nlohmann::json& expected) {
    using Type = JsonValue::Type;
    switch (expected.type()) {
        case nlohmann::json::value_t::null: check(read.is_null(), "null read as something else"); return;
        case nlohmann::json::value_t::boolean:
            check(read.is_boolean() && read.get<bool>() == expected.get<bool>(), "another boolean");
            return;
        case nlohmann::json::value_t::number_integer:
            check(read.type() == Type::Integer && read.get<long long>() == expected.get<long long>(),
                  "another negative integer");
            return;
        case nlohmann::json::value_t::number_unsigned: {
            const auto value = expected.get<std::uint64_t>();
            const bool fitsSigned = value <= static_cast<std::uint64_t>(std::numeric_limits<long long>::max());
            check(read.type() == (fitsSigned ? Type::Integer : Type::Unsigned), "an integer typed differently");
            check(static_cast<std::uint64_t>(read.get<long long>()) == value, "another integer");
            return;
        }
        case nlohmann::json::value_t::number_float: {
            const double a = read.get<double>(), b = expected.get<double>();
            check(read.is_number_float() && std::memcmp(&a, &b, sizeof a) == 0, "another number");
            return;
        }
        case nlohmann::json::value_t::string:
            check(read.is_string() && read.get<std::string_view>() == expected.get_ref<const std::string&>(),
                  "another string");
            return;
        case nlohmann::json::value_t::array:
            check(read.is_array() && read.size() == expected.size(), "another array");
            for (std::size_t i = 0; i < expected.size(); ++i) checkSameValue(read[i], expected[i]);
            return;
        case nlohmann::json::value_t::object:
            check(read.is_object(), "an object read as something else");
            // nlohmann keeps each name once (the last value); the document
            // keeps every member and finds the last.
            for (std::size_t i = 0; i < read.size(); ++i)
                check(expected.contains(read.keyAt(i)), "a member nlohmann does not have");
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                const JsonValue* member = read.find(it.key());
                check(member != nullptr, "a member missing");
                checkSameValue(*member, it.value());
            }
            return;
        default: fail("nlohmann parsed a binary or discarded value");
    }
}

}  // namespace

int jsonDocument(const std::uint8_t* data, std::size_t size) {
    const std::string text = asText(data, size);
    if (!jsonDepthWithin(text, kComparedDepth)) return 0;
    std::optional<nlohmann::json> expected;
    std::string refusal;
    try {
        expected = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        refusal = e.what();
    }
    // One document for every input, as the loader keeps one: what a text
    // leaves behind must not change how the next one is read.
    static JsonDocument document;
    try {
        const JsonValue& root = document.parse(text);
        check(expected.has_value(), "JsonDocument accepted a text nlohmann refuses");
        checkSameValue(root, *expected);
    } catch (const nlohmann::json::exception& e) {
        check(!expected, "JsonDocument refused a text nlohmann accepts");
        check(refusal == e.what(), "JsonDocument refused a text with another message than nlohmann's");
    }
    return 0;
}

}  // namespace rehearse::fuzz
