// Bytes from a pair partner's TCP connection (src/net): cut into frames by
// the FrameDecoder as they would arrive in pieces, each frame then read as a
// record the way the channel reads a decrypted one. Never a frame over the
// cap, and every record that parses writes back to the same bytes.
#include "fuzz_targets.hpp"

#include "net/frame.hpp"
#include "net/record.hpp"

#include <variant>

namespace rehearse::fuzz {

int pairFrames(const std::uint8_t* data, std::size_t size) {
    using namespace rehearse::net;
    if (size == 0) return 0;
    // The first byte picks the piece size and whether the cap is the small
    // one of the handshake or the larger one after it.
    const std::size_t piece = 1 + (data[0] & 0x3f);
    const std::size_t limit = (data[0] & 0x40) ? kFrameLimitAfterAuth : kFrameLimitBeforeAuth;
    FrameDecoder decoder(limit);
    for (std::size_t offset = 1; offset < size; offset += piece) {
        decoder.feed(data + offset, std::min(piece, size - offset));
        while (std::optional<Bytes> frame = decoder.next()) {
            check(frame->size() <= limit, "a frame over the cap was handed out");
            auto record = parseRecord(*frame);
            if (const Record* parsed = std::get_if<Record>(&record)) {
                check(encodeRecord(*parsed) == *frame, "a parsed record does not write back to its bytes");
                check(parsed->type == RecordType::Bye || parsed->seq != 0, "a record numbered 0 was accepted");
            } else {
                check(!std::get<std::string>(record).empty(), "a record refused without a reason");
            }
        }
        if (decoder.failed()) {
            check(!decoder.error().empty(), "a framing error without a reason");
            break;
        }
    }
    return 0;
}

}  // namespace rehearse::fuzz
