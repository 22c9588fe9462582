#include "core/json/json_document.hpp"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <limits>
#include <stdexcept>

namespace rehearse {

namespace {

const JsonValue& nullJsonValue() {
    static const JsonValue null;
    return null;
}

}  // namespace

const JsonValue& JsonValue::operator[](std::size_t index) const {
    return is_array() && index < m_size ? m_.children[index] : nullJsonValue();
}

const JsonValue* JsonValue::find(std::string_view name) const {
    if (!is_object()) return nullptr;
    // Every member is looked at: the last of a repeated name wins, as in
    // nlohmann's map. Objects in scenario files have a handful of members.
    const JsonValue* found = nullptr;
    for (std::size_t i = 0; i < m_size; ++i)
        if (m_.children[2 * i].get<std::string_view>() == name) found = &m_.children[2 * i + 1];
    return found;
}

const JsonValue& JsonValue::operator[](std::string_view name) const {
    const JsonValue* member = find(name);
    return member ? *member : nullJsonValue();
}

std::string_view JsonValue::keyAt(std::size_t index) const {
    return is_object() && index < m_size ? m_.children[2 * index].get<std::string_view>() : std::string_view();
}

const JsonValue& JsonValue::valueAt(std::size_t index) const {
    return is_object() && index < m_size ? m_.children[2 * index + 1] : nullJsonValue();
}

double JsonValue::asDouble() const {
    switch (m_type) {
        case Type::Integer: return static_cast<double>(m_.integer);
        case Type::Unsigned: return static_cast<double>(m_.unsignedInteger);
        case Type::Float: return m_.number;
        default: return 0;
    }
}

long long JsonValue::asLongLong() const {
    switch (m_type) {
        case Type::Integer: return m_.integer;
        // As nlohmann's get<long long>() of an unsigned past its range: the
        // same bits, so a range check that follows refuses it alike.
        case Type::Unsigned: return static_cast<long long>(m_.unsignedInteger);
        case Type::Float: return static_cast<long long>(m_.number);
        default: return 0;
    }
}

// Lays out a parsed document as JsonValues: a container's children are
// given consecutive slots at the end of `values` and filled in place, by
// index (the vector grows meanwhile); once all are written, indexes become
// pointers.
struct JsonTreeWriter {
    std::vector<JsonValue>& values;

    static JsonValue stringValue(std::string_view text) {
        JsonValue value;
        value.m_type = JsonValue::Type::String;
        value.m_size = checkedSize(text.size());
        value.m_.text = text.data();
        return value;
    }

    static std::uint32_t checkedSize(std::size_t size) {
        if (size > std::numeric_limits<std::uint32_t>::max())
            throw std::length_error("a JSON string or container too large to read");
        return static_cast<std::uint32_t>(size);
    }

    // Reserves `count` slots for the children of the container at `slot`.
    std::size_t openContainer(std::size_t slot, JsonValue::Type type, std::size_t count) {
        const std::size_t first = values.size();
        const std::size_t slots = type == JsonValue::Type::Object ? 2 * count : count;
        values.resize(first + slots);
        JsonValue& container = values[slot];
        container.m_type = type;
        container.m_size = checkedSize(count);
        container.m_.childIndex = first;
        return first;
    }

    void write(std::size_t slot, simdjson::dom::element element, std::size_t depth) {
        using simdjson::dom::element_type;
        JsonValue value;
        switch (element.type()) {
            case element_type::ARRAY: {
                simdjson::dom::array array = element.get_array().value_unsafe();
                std::size_t child = openContainer(slot, JsonValue::Type::Array, array.size());
                for (simdjson::dom::element item : array) write(child++, item, depth + 1);
                return;
            }
            case element_type::OBJECT: {
                simdjson::dom::object object = element.get_object().value_unsafe();
                std::size_t child = openContainer(slot, JsonValue::Type::Object, object.size());
                for (simdjson::dom::key_value_pair member : object) {
                    values[child] = stringValue(member.key);
                    write(child + 1, member.value, depth + 1);
                    child += 2;
                }
                return;
            }
            case element_type::STRING: value = stringValue(element.get_string().value_unsafe()); break;
            case element_type::INT64:
                value.m_type = JsonValue::Type::Integer;
                value.m_.integer = element.get_int64().value_unsafe();
                break;
            case element_type::UINT64:
                value.m_type = JsonValue::Type::Unsigned;
                value.m_.unsignedInteger = element.get_uint64().value_unsafe();
                break;
            case element_type::DOUBLE:
                value.m_type = JsonValue::Type::Float;
                value.m_.number = element.get_double().value_unsafe();
                break;
            case element_type::BOOL:
                value.m_type = JsonValue::Type::Boolean;
                value.m_.boolean = element.get_bool().value_unsafe();
                break;
            case element_type::NULL_VALUE: break;
        }
        values[slot] = value;
    }

    void write(std::size_t slot, const nlohmann::json& json, std::size_t depth) {
        if (depth > JsonDocument::kMaxDepth)
            throw std::length_error("JSON nested more than " + std::to_string(JsonDocument::kMaxDepth) + " levels deep");
        using Kind = nlohmann::json::value_t;
        JsonValue value;
        switch (json.type()) {
            case Kind::array: {
                std::size_t child = openContainer(slot, JsonValue::Type::Array, json.size());
                for (const nlohmann::json& item : json) write(child++, item, depth + 1);
                return;
            }
            case Kind::object: {
                std::size_t child = openContainer(slot, JsonValue::Type::Object, json.size());
                for (auto it = json.begin(); it != json.end(); ++it) {
                    values[child] = stringValue(it.key());
                    write(child + 1, it.value(), depth + 1);
                    child += 2;
                }
                return;
            }
            case Kind::string: value = stringValue(json.get_ref<const std::string&>()); break;
            case Kind::number_integer:
                value.m_type = JsonValue::Type::Integer;
                value.m_.integer = json.get<std::int64_t>();
                break;
            case Kind::number_unsigned:
                // Typed as simdjson types it, whichever parser read the text.
                if (json.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                    value.m_type = JsonValue::Type::Integer;
                    value.m_.integer = json.get<std::int64_t>();
                } else {
                    value.m_type = JsonValue::Type::Unsigned;
                    value.m_.unsignedInteger = json.get<std::uint64_t>();
                }
                break;
            case Kind::number_float:
                value.m_type = JsonValue::Type::Float;
                value.m_.number = json.get<double>();
                break;
            case Kind::boolean:
                value.m_type = JsonValue::Type::Boolean;
                value.m_.boolean = json.get<bool>();
                break;
            default: break;  // null; parse() never gives binary or discarded values
        }
        values[slot] = value;
    }

    void linkChildren() {
        for (JsonValue& value : values)
            if (value.m_type == JsonValue::Type::Array || value.m_type == JsonValue::Type::Object)
                value.m_.children = values.data() + value.m_.childIndex;
    }
};

static_assert(JsonDocument::kMaxDepth == simdjson::DEFAULT_MAX_DEPTH, "simdjson refuses deeper texts itself");

struct JsonDocument::Parsers {
    simdjson::dom::parser fast;
    nlohmann::json fallback;  // the document, when simdjson refused the text
};

JsonDocument::JsonDocument() : m_parsers(std::make_unique<Parsers>()) {}
JsonDocument::~JsonDocument() = default;

const JsonValue& JsonDocument::parse(std::string_view text) {
    m_values.clear();
    m_parsers->fallback = nullptr;
    m_values.emplace_back();
    JsonTreeWriter writer{m_values};
    simdjson::dom::element root;
    if (m_parsers->fast.parse(text.data(), text.size()).get(root) == simdjson::SUCCESS) {
        writer.write(0, root, 0);
    } else {
        // nlohmann decides: it throws for the texts it refuses, exactly as
        // the readers saw before, and reads the few others simdjson refuses.
        m_parsers->fallback = nlohmann::json::parse(text);
        writer.write(0, m_parsers->fallback, 0);
    }
    writer.linkChildren();
    return m_values.front();
}

void JsonDocument::releaseMemory() {
    m_values = {};
    m_parsers = std::make_unique<Parsers>();
}

std::size_t JsonDocument::capacity() const { return m_parsers->fast.capacity(); }

}  // namespace rehearse
