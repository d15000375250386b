// Text encodings: 'utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-32' (with their
// -le/-be forms and CPython's aliases) and the standard error handlers
// ('strict', 'ignore', 'replace', 'surrogateescape', 'surrogatepass',
// 'backslashreplace', 'xmlcharrefreplace'). Errors are UnicodeDecodeError /
// UnicodeEncodeError instances with CPython's exact arguments.
#pragma once

#include <string>
#include <string_view>

#include "core/types/types.h"

namespace weft {

// bytes -> str. LookupError for an unknown encoding or error handler.
Ref codec_decode(ThreadState*, const char* data, size_t len, std::string_view encoding,
                 std::string_view errors);
// str -> bytes.
Ref codec_encode(ThreadState*, Str* s, std::string_view encoding, std::string_view errors);
// CPython's canonical codec name ("utf-8", "ascii", "latin-1", "utf-16-le"...),
// or "" when weft does not know the encoding.
std::string codec_canonical_name(std::string_view encoding);

// Fast paths used by the runtime (strict errors).
Ref decode_utf8_strict(ThreadState*, std::string_view bytes);
// Encodes with 'surrogateescape' (os.fsencode) or strict.
bool encode_utf8(ThreadState*, Str* s, std::string_view errors, std::string* out);

}  // namespace weft
