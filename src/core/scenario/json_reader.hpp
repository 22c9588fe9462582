// Typed access to the fields of a parsed JSON document that reports every
// problem as a located Diagnostic instead of throwing. A reader never stops
// at the first problem: it records it, returns a default and carries on, so
// an author sees all the errors of a file in one run.
#pragma once

#include "core/scenario/diagnostic.hpp"
#include "core/scenario/json_locator.hpp"

#include "core/json/json_document.hpp"

#include <initializer_list>
#include <string>
#include <vector>

namespace rehearse {

class JsonReader {
public:
    JsonReader(std::string path, const std::string& text, Diagnostics& diagnostics);

    void error(const std::string& pointer, const std::string& message);
    void warning(const std::string& pointer, const std::string& message);
    TextPosition positionOf(const std::string& pointer) const { return m_locator.positionOf(pointer); }

    // Each getter reads `obj[name]` where `obj` sits at `pointer`. A missing
    // required field is reported at the object; a wrong type at the value.
    bool isObject(const JsonValue& value, const std::string& pointer, const char* what);
    bool isArray(const JsonValue& value, const std::string& pointer, const char* what);
    const JsonValue* field(const JsonValue& obj, const std::string& pointer,
                                const char* name, bool required);
    std::string string(const JsonValue& obj, const std::string& pointer, const char* name,
                       bool required = true);
    double number(const JsonValue& obj, const std::string& pointer, const char* name,
                  bool required, double fallback, double minimum);
    int integer(const JsonValue& obj, const std::string& pointer, const char* name,
                bool required, int fallback, int minimum, int maximum);
    bool boolean(const JsonValue& obj, const std::string& pointer, const char* name,
                 bool fallback);
    std::vector<std::string> strings(const JsonValue& obj, const std::string& pointer,
                                     const char* name, bool required, std::size_t minCount);
    // An array of arrays of strings (a list of concepts); no concept may be empty.
    std::vector<std::vector<std::string>> stringLists(const JsonValue& obj,
                                                      const std::string& pointer,
                                                      const char* name, bool required);
    // Warns about members not in `known`: a misspelt optional field would
    // otherwise be ignored without a word.
    void checkKnownFields(const JsonValue& obj, const std::string& pointer,
                          std::initializer_list<const char*> known);

private:
    void report(const TextPosition& where, Diagnostic::Severity severity, const std::string& message);

    std::string m_path;
    JsonLocator m_locator;
    Diagnostics& m_diagnostics;
};

// "a string", "a number", ... for messages about wrong types.
std::string describeJsonType(const JsonValue& value);

}  // namespace rehearse
