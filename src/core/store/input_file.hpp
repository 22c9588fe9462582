// Reading a file a user points Rehearse at (a session archive, a written
// answer) without trusting it: only a regular file is read (a device such as
// /dev/zero, a FIFO or a directory is refused before a byte is read, and
// opening never blocks on a FIFO), and never more than a stated maximum, so
// a huge or endless input costs a clear error instead of all the memory.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>

namespace rehearse {

// A written answer for `rehearse score`: a long one is a few dozen KB.
inline constexpr std::size_t kMaxAnswerFileBytes = 4u << 20;  // 4 MiB

// The file's bytes, or nothing with one line in `error` (naming the file)
// when it is not a regular file, is larger than `maxBytes`, or cannot be read.
std::optional<std::string> readInputFile(const std::string& path, std::size_t maxBytes, std::string& error);

// The same limit for a stream (standard input); `name` is used in the error.
std::optional<std::string> readInputStream(std::istream& in, std::size_t maxBytes, const std::string& name,
                                           std::string& error);

// "64 MB", "4 MB", "512 KB": for messages about the limits.
std::string describeByteSize(std::size_t bytes);

}  // namespace rehearse
