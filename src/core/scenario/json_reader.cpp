#include "core/scenario/json_reader.hpp"

#include "core/text/did_you_mean.hpp"

#include <cmath>

namespace rehearse {

std::string describeJsonType(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null: return "null";
        case nlohmann::json::value_t::object: return "an object";
        case nlohmann::json::value_t::array: return "an array";
        case nlohmann::json::value_t::string: return "a string";
        case nlohmann::json::value_t::boolean: return "a boolean";
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned: return "an integer";
        case nlohmann::json::value_t::number_float: return "a number";
        default: return "an unsupported value";
    }
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

bool JsonReader::isObject(const nlohmann::json& value, const std::string& pointer, const char* what) {
    if (value.is_object()) return true;
    error(pointer, std::string(what) + " must be an object, not " + describeJsonType(value));
    return false;
}

bool JsonReader::isArray(const nlohmann::json& value, const std::string& pointer, const char* what) {
    if (value.is_array()) return true;
    error(pointer, std::string(what) + " must be an array, not " + describeJsonType(value));
    return false;
}

const nlohmann::json* JsonReader::field(const nlohmann::json& obj, const std::string& pointer,
                                        const char* name, bool required) {
    auto it = obj.find(name);
    if (it == obj.end()) {
        if (required) error(pointer, std::string("missing required field '") + name + "'");
        return nullptr;
    }
    return &*it;
}

std::string JsonReader::string(const nlohmann::json& obj, const std::string& pointer,
                               const char* name, bool required) {
    const nlohmann::json* value = field(obj, pointer, name, required);
    if (!value) return {};
    if (!value->is_string()) {
        error(jsonPointerChild(pointer, name),
              std::string("'") + name + "' must be a string, not " + describeJsonType(*value));
        return {};
    }
    const std::string& text = value->get_ref<const std::string&>();
    if (required && text.find_first_not_of(" \t\r\n") == std::string::npos)
        error(jsonPointerChild(pointer, name), std::string("'") + name + "' must not be empty");
    return text;
}

double JsonReader::number(const nlohmann::json& obj, const std::string& pointer, const char* name,
                          bool required, double fallback, double minimum) {
    const nlohmann::json* value = field(obj, pointer, name, required);
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

int JsonReader::integer(const nlohmann::json& obj, const std::string& pointer, const char* name,
                        bool required, int fallback, int minimum, int maximum) {
    const nlohmann::json* value = field(obj, pointer, name, required);
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

bool JsonReader::boolean(const nlohmann::json& obj, const std::string& pointer, const char* name,
                         bool fallback) {
    const nlohmann::json* value = field(obj, pointer, name, false);
    if (!value) return fallback;
    if (!value->is_boolean()) {
        error(jsonPointerChild(pointer, name),
              std::string("'") + name + "' must be true or false, not " + describeJsonType(*value));
        return fallback;
    }
    return value->get<bool>();
}

std::vector<std::string> JsonReader::strings(const nlohmann::json& obj, const std::string& pointer,
                                             const char* name, bool required, std::size_t minCount) {
    std::vector<std::string> out;
    const nlohmann::json* value = field(obj, pointer, name, required);
    if (!value) return out;
    std::string at = jsonPointerChild(pointer, name);
    if (!value->is_array()) {
        error(at, std::string("'") + name + "' must be an array of strings, not " +
                      describeJsonType(*value));
        return out;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        const nlohmann::json& item = (*value)[i];
        if (!item.is_string()) {
            error(jsonPointerChild(at, i), std::string("'") + name + "' entries must be strings, not " +
                                               describeJsonType(item));
            continue;
        }
        const std::string& text = item.get_ref<const std::string&>();
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
            error(jsonPointerChild(at, i), std::string("'") + name + "' entries must not be empty");
            continue;
        }
        out.push_back(text);
    }
    if (value->size() < minCount)
        error(at, std::string("'") + name + "' needs at least " + std::to_string(minCount) +
                      (minCount == 1 ? " entry" : " entries"));
    return out;
}

std::vector<std::vector<std::string>> JsonReader::stringLists(const nlohmann::json& obj,
                                                              const std::string& pointer,
                                                              const char* name, bool required) {
    std::vector<std::vector<std::string>> out;
    const nlohmann::json* value = field(obj, pointer, name, required);
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
        const nlohmann::json& item = (*value)[i];
        if (!item.is_array()) {
            error(itemAt(), "a concept must be an array of phrases, not " + describeJsonType(item));
            continue;
        }
        std::vector<std::string> phrases;
        for (std::size_t k = 0; k < item.size(); ++k) {
            const nlohmann::json& phrase = item[k];
            if (!phrase.is_string() || phrase.get_ref<const std::string&>().find_first_not_of(" \t") == std::string::npos) {
                error(jsonPointerChild(itemAt(), k), "a phrase must be a non-empty string");
                continue;
            }
            phrases.push_back(phrase.get_ref<const std::string&>());
        }
        if (item.empty()) error(itemAt(), "a concept needs at least one phrase");
        if (!phrases.empty()) out.push_back(std::move(phrases));
    }
    return out;
}

void JsonReader::checkKnownFields(const nlohmann::json& obj, const std::string& pointer,
                                  std::initializer_list<const char*> known) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool isKnown = false;
        for (const char* name : known) isKnown = isKnown || it.key() == name;
        if (!isKnown) {
            std::string at = jsonPointerChild(pointer, it.key());
            std::vector<std::string> names(known.begin(), known.end());
            report(m_locator.keyPositionOf(at), Diagnostic::Severity::Warning,
                   "unknown field '" + it.key() + "' is ignored" + didYouMean(it.key(), names));
        }
    }
}

}  // namespace rehearse
