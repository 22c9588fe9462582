// A JSON text read for checking, fast: simdjson parses it (GB/s, SIMD) and
// the values are laid out in one flat array, strings left where the parser
// put them, so reading a document allocates nothing per value and freeing it
// frees nothing per value. nlohmann::json built a node, a std::map and a
// std::string for each value: for the loader that was most of the time.
//
// The meaning is nlohmann::json::parse's, so a reader moves from one to the
// other without a change of behaviour: the same texts are accepted, the same
// ones refused with the same exception (type, byte and message), and the
// same values read, numbers classified alike (integer, unsigned, float). Where
// simdjson refuses a text nlohmann accepts (a byte-order mark, an integer
// past 64 bits), nlohmann's own document is read instead; where simdjson
// refuses, nlohmann's parse is what throws. A fuzz target
// (tests/fuzz/targets/json_document.cpp) holds the two to the same answers.
//
// JsonValue offers the part of nlohmann::json's reading interface that the
// scenario readers use, under nlohmann's names (is_object, contains, size,
// operator[], get<T>), so that code reads the same with either.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rehearse {

struct JsonTreeWriter;

// One value of a JsonDocument. Valid while its document lives and until the
// document parses another text; copy out what must outlive that.
class JsonValue {
public:
    // Integer holds what fits an int64, Unsigned the integers above that
    // (nlohmann calls every non-negative integer unsigned: ask
    // is_number_integer(), which agrees).
    enum class Type : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

    Type type() const { return m_type; }
    bool is_null() const { return m_type == Type::Null; }
    bool is_boolean() const { return m_type == Type::Boolean; }
    bool is_number() const { return is_number_integer() || m_type == Type::Float; }
    bool is_number_integer() const { return m_type == Type::Integer || m_type == Type::Unsigned; }
    bool is_number_float() const { return m_type == Type::Float; }
    bool is_string() const { return m_type == Type::String; }
    bool is_array() const { return m_type == Type::Array; }
    bool is_object() const { return m_type == Type::Object; }

    // Elements of an array, members of an object as written (a name written
    // twice counts twice here; find() and nlohmann see the last one only);
    // 0 for anything else.
    std::size_t size() const { return is_array() || is_object() ? m_size : 0; }
    bool empty() const { return size() == 0; }

    // The index-th element of an array; a null value past the end or on
    // anything but an array.
    const JsonValue& operator[](std::size_t index) const;

    // The member called `name` of an object, the last one when the name is
    // written twice (as nlohmann keeps it); nothing when there is none.
    const JsonValue* find(std::string_view name) const;
    bool contains(std::string_view name) const { return find(name) != nullptr; }
    // The member called `name`; a null value when there is none.
    const JsonValue& operator[](std::string_view name) const;

    // The index-th member of an object as written: its name and its value.
    std::string_view keyAt(std::size_t index) const;
    const JsonValue& valueAt(std::size_t index) const;

    // The value as T, as nlohmann's get<T>() converts it: bool, long long,
    // double (from any number), std::string or std::string_view (a view into
    // the document). A value of another type gives T's zero value.
    template <typename T>
    T get() const {
        if constexpr (std::is_same_v<T, bool>) {
            return m_type == Type::Boolean && m_.boolean;
        } else if constexpr (std::is_same_v<T, double>) {
            return asDouble();
        } else if constexpr (std::is_same_v<T, long long>) {
            return asLongLong();
        } else if constexpr (std::is_same_v<T, std::string_view>) {
            return m_type == Type::String ? std::string_view(m_.text, m_size) : std::string_view();
        } else {
            static_assert(std::is_same_v<T, std::string>, "get<T>: bool, long long, double, std::string(_view)");
            return std::string(get<std::string_view>());
        }
    }

private:
    friend struct JsonTreeWriter;
    double asDouble() const;
    long long asLongLong() const;

    Type m_type = Type::Null;
    std::uint32_t m_size = 0;  // bytes of a string, elements of an array, members of an object
    union {
        bool boolean;
        std::int64_t integer;
        std::uint64_t unsignedInteger;
        double number;
        const char* text;            // a string's bytes (not NUL-terminated)
        const JsonValue* children;   // elements; for an object name, value, name, value ...
        std::size_t childIndex;      // the same while the tree is built
    } m_{};
};

class JsonDocument {
public:
    JsonDocument();
    ~JsonDocument();
    JsonDocument(const JsonDocument&) = delete;
    JsonDocument& operator=(const JsonDocument&) = delete;

    // Deeper than this the document refuses a text (std::length_error) even
    // where nlohmann would accept it; readers of untrusted text check depth
    // first (jsonDepthWithin, the scenario limits), far below this.
    static constexpr std::size_t kMaxDepth = 1024;

    // Parses `text` and returns its root, valid until the next parse. Throws
    // what nlohmann::json::parse(text) throws for a text it refuses.
    const JsonValue& parse(std::string_view text);

    // The parser keeps its buffers (a few times the size of the text) for the
    // next text; this frees them, for after a text much larger than usual.
    void releaseMemory();

    // Bytes of text the kept buffers are sized for (0 when none are kept).
    std::size_t capacity() const;

private:
    struct Parsers;
    std::unique_ptr<Parsers> m_parsers;
    std::vector<JsonValue> m_values;  // the root first; each container's children side by side
};

}  // namespace rehearse
