#include "core/scenario/json_reader.hpp"

#include "core/text/did_you_mean.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace rehearse {

std::string describeJsonType(const JsonValue& value) {
    switch (value.type()) {
        case JsonValue::Type::Null: return "null";
        case JsonValue::Type::Object: return "an object";
        case JsonValue::Type::Array: return "an array";
        case JsonValue::Type::String: return "a string";
        case JsonValue::Type::Boolean: return "a boolean";
        case JsonValue::Type::Integer:
        case JsonValue::Type::Unsigned: return "an integer";
        case JsonValue::Type::Float: return "a number";
    }
    return "an unsupported value";
}

JsonReader::JsonReader(std::string path, const std::string& text, Diagnostics& diagnostics)
    : m_path(std::move(path)), m_locator(text), m_diagnostics(diagnostics) {}

void JsonReader::report(const TextPosition& where, Diagnostic::Severity severity,
                        const std::string& message) {
    m_diagnostics.push_back({m_path, where.line, where.column, severity, message});
}

void JsonReader::error(const std::string& pointer, const std::string& message) {
    report(m_locator.positionOf(pointer), Diagnostic::Severity::Error, message);
}

void JsonReader::warning(const std::string& pointer, const std::string& message) {
    report(m_locator.positionOf(pointer), Diagnostic::Severity::Warning, message);
}

bool JsonReader::isObject(const JsonValue& value, const std::string& pointer, const char* what) {
    if (value.is_object()) return true;
    error(pointer, std::string(what) + " must be an object, not " + describeJsonType(value));
    return false;
}

bool JsonReader::isArray(const JsonValue& value, const std::string& pointer, const char* what) {
    if (value.is_array()) return true;
    error(pointer, std::string(what) + " must be an array, not " + describeJsonType(value));
    return false;
}

const JsonValue* JsonReader::field(const JsonValue& obj, const std::string& pointer,
                                        const char* name, bool required) {
    const JsonValue* value = obj.find(name);
    if (!value && required) error(pointer, std::string("missing required field '") + name + "'");
    return value;
}

std::string JsonReader::string(const JsonValue& obj, const std::string& pointer,
                               const char* name, bool required) {
    const JsonValue* value = field(obj, pointer, name, required);
    if (!value) return {};
    if (!value->is_string()) {
        error(jsonPointerChild(pointer, name),
              std::string("'") + name + "' must be a string, not " + describeJsonType(*value));
        return {};
    }
    const std::string_view text = value->get<std::string_view>();
    if (required && text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        error(jsonPointerChild(pointer, name), std::string("'") + name + "' must not be empty");
    return std::string(text);
}

double JsonReader::number(const JsonValue& obj, const std::string& pointer, const char* name,
                          bool required, double fallback, double minimum) {
    const JsonValue* value = field(obj, pointer, name, required);
    if (!value) return fallback;
    if (!value->is_number()) {
        error(jsonPointerChild(pointer, name),
              std::string("'") + name + "' must be a number, not " + describeJsonType(*value));
        return fallback;
    }
    double number = value->get<double>();
    if (!std::isfinite(number) || number < minimum) {
        error(jsonPointerChild(pointer, name),
              std::string("'") + name + "' must be at least " + nlohmann::json(minimum).dump());
        return fallback;
    }
    return number;
}

int JsonReader::integer(const JsonValue& obj, const std::string& pointer, const char* name,
                        bool required, int fallback, int minimum, int maximum) {
    const JsonValue* value = field(obj, pointer, name, required);
    if (!value) return fallback;
    if (!value->is_number_integer()) {
        error(jsonPointerChild(pointer, name),
              std::string("'") + name + "' must be an integer, not " + describeJsonType(*value));
        return fallback;
    }
    long long number = value->get<long long>();
    if (number < minimum || number > maximum) {
        error(jsonPointerChild(pointer, name), std::string("'") + name + "' must be between " + std::to_string(minimum) +
                      " and " + std::to_string(maximum));
        return fallback;
    }
    return static_cast<int>(number);
}

bool JsonReader::boolean(const JsonValue& obj, const std::string& pointer, const char* name,
                         bool fallback) {
    const JsonValue* value = field(obj, pointer, name, false);
    if (!value) return fallback;
    if (!value->is_boolean()) {
        error(jsonPointerChild(pointer, name),
              std::string("'") + name + "' must be true or false, not " + describeJsonType(*value));
        return fallback;
    }
    return value->get<bool>();
}

std::vector<std::string> JsonReader::strings(const JsonValue& obj, const std::string& pointer,
                                             const char* name, bool required, std::size_t minCount) {
    std::vector<std::string> out;
    const JsonValue* value = field(obj, pointer, name, required);
    if (!value) return out;
    std::string at = jsonPointerChild(pointer, name);
    if (!value->is_array()) {
        error(at, std::string("'") + name + "' must be an array of strings, not " +
                      describeJsonType(*value));
        return out;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        const JsonValue& item = (*value)[i];
        if (!item.is_string()) {
            error(jsonPointerChild(at, i), std::string("'") + name + "' entries must be strings, not " +
                                               describeJsonType(item));
            continue;
        }
        const std::string_view text = item.get<std::string_view>();
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
            error(jsonPointerChild(at, i), std::string("'") + name + "' entries must not be empty");
            continue;
        }
        out.emplace_back(text);
    }
    if (value->size() < minCount)
        error(at, std::string("'") + name + "' needs at least " + std::to_string(minCount) +
                      (minCount == 1 ? " entry" : " entries"));
    return out;
}

std::vector<std::vector<std::string>> JsonReader::stringLists(const JsonValue& obj,
                                                              const std::string& pointer,
                                                              const char* name, bool required) {
    std::vector<std::vector<std::string>> out;
    const JsonValue* value = field(obj, pointer, name, required);
    if (!value) return out;
    std::string at = jsonPointerChild(pointer, name);
    if (!value->is_array()) {
        error(at, std::string("'") + name + "' must be an array of concepts (arrays of phrases), not " +
                      describeJsonType(*value));
        return out;
    }
    if (required && value->empty()) error(at, std::string("'") + name + "' needs at least one concept");
    for (std::size_t i = 0; i < value->size(); ++i) {
        // Built only for a message: most concepts have none.
        auto itemAt = [&] { return jsonPointerChild(at, i); };
        const JsonValue& item = (*value)[i];
        if (!item.is_array()) {
            error(itemAt(), "a concept must be an array of phrases, not " + describeJsonType(item));
            continue;
        }
        std::vector<std::string> phrases;
        for (std::size_t k = 0; k < item.size(); ++k) {
            const JsonValue& phrase = item[k];
            if (!phrase.is_string() || phrase.get<std::string_view>().find_first_not_of(" \t") == std::string_view::npos) {
                error(jsonPointerChild(itemAt(), k), "a phrase must be a non-empty string");
                continue;
            }
            phrases.emplace_back(phrase.get<std::string_view>());
        }
        if (item.empty()) error(itemAt(), "a concept needs at least one phrase");
        if (!phrases.empty()) out.push_back(std::move(phrases));
    }
    return out;
}

void JsonReader::checkKnownFields(const JsonValue& obj, const std::string& pointer,
                                  std::initializer_list<const char*> known) {
    auto isKnown = [&](std::string_view key) {
        for (const char* name : known)
            if (key == name) return true;
        return false;
    };
    std::vector<std::string_view> unknown;
    for (std::size_t i = 0; i < obj.size(); ++i)
        if (!isKnown(obj.keyAt(i))) unknown.push_back(obj.keyAt(i));
    if (unknown.empty()) return;
    // In name order, each name once: the order and count nlohmann's map gave.
    std::sort(unknown.begin(), unknown.end());
    unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
    const std::vector<std::string> names(known.begin(), known.end());
    for (std::string_view name : unknown) {
        const std::string key(name);
        report(m_locator.keyPositionOf(jsonPointerChild(pointer, key)), Diagnostic::Severity::Warning,
               "unknown field '" + key + "' is ignored" + didYouMean(key, names));
    }
}

}  // namespace rehearse
