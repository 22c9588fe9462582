#include "core/json/untrusted_json.hpp"

namespace rehearse {
namespace {

// Counts nesting; refusing a level stops the parse at once, so a hostile
// file costs no more than the bytes up to the first level too deep.
class DepthCounter : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit DepthCounter(std::size_t maxDepth) : m_max(maxDepth) {}
    bool tooDeep() const { return m_tooDeep; }

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return enter(); }
    bool key(string_t&) override { return true; }
    bool end_object() override { return leave(); }
    bool start_array(std::size_t) override { return enter(); }
    bool end_array() override { return leave(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    bool enter() {
        if (++m_depth > m_max) m_tooDeep = true;
        return !m_tooDeep;
    }
    bool leave() {
        --m_depth;
        return true;
    }

    std::size_t m_max;
    std::size_t m_depth = 0;
    bool m_tooDeep = false;
};

std::string tooDeepMessage(std::size_t maxDepth) {
    return "it nests arrays and objects more than " + std::to_string(maxDepth) + " levels deep";
}

template <typename Json>
std::optional<Json> parseChecked(std::string_view text, std::string* error, std::size_t maxDepth) {
    if (!jsonDepthWithin(text, maxDepth)) {
        if (error) *error = tooDeepMessage(maxDepth);
        return std::nullopt;
    }
    try {
        return Json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        // "[json.exception.parse_error.101] parse error at line 1, ...": the
        // tag means nothing to a user.
        std::string what = e.what();
        const std::size_t tagEnd = what.find("] ");
        if (tagEnd != std::string::npos) what.erase(0, tagEnd + 2);
        if (error) *error = "it is not valid JSON: " + what;
    }
    return std::nullopt;
}

}  // namespace

bool jsonDepthWithin(std::string_view text, std::size_t maxDepth) {
    DepthCounter counter(maxDepth);
    nlohmann::json::sax_parse(text, &counter, nlohmann::json::input_format_t::json, /*strict=*/true,
                              /*ignore_comments=*/false);
    return !counter.tooDeep();
}

std::optional<nlohmann::json> parseUntrustedJson(std::string_view text, std::string* error, std::size_t maxDepth) {
    return parseChecked<nlohmann::json>(text, error, maxDepth);
}

std::optional<nlohmann::ordered_json> parseUntrustedOrderedJson(std::string_view text, std::string* error,
                                                                std::size_t maxDepth) {
    return parseChecked<nlohmann::ordered_json>(text, error, maxDepth);
}

std::string dumpJson(const nlohmann::json& value, int indent) {
    return value.dump(indent, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
}

std::string dumpJson(const nlohmann::ordered_json& value, int indent) {
    return value.dump(indent, ' ', /*ensure_ascii=*/false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace rehearse
