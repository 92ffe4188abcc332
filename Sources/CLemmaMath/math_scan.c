#include "math_internal.h"

#include <string.h>

static bool is_escape_byte(unsigned char c) {
  return c == '\\' || c == LEMMA_MATH_SENTINEL;
}

static bool is_ascii_punct(unsigned char c) {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
         (c >= 123 && c <= 126);
}

bufsize_t lemma_math_find_backslash_closer(const unsigned char *data, bufsize_t len,
                                           bufsize_t from, unsigned char closer) {
  bufsize_t j = from;
  while (j + 1 < len) {
    if (is_escape_byte(data[j])) {
      if (data[j] == '\\' && data[j + 1] == closer)
        return j + 2;
      j += 2;
      continue;
    }
    j++;
  }
  return -1;
}

bufsize_t lemma_math_reference_length(const unsigned char *data, bufsize_t len, bufsize_t at) {
  static const char *const names[] = {"eqref{", "ref{"};
  if (at >= len || !is_escape_byte(data[at]))
    return 0;
  for (size_t n = 0; n < sizeof(names) / sizeof(names[0]); n++) {
    bufsize_t name_len = (bufsize_t)strlen(names[n]);
    if (at + 1 + name_len > len || memcmp(data + at + 1, names[n], (size_t)name_len) != 0)
      continue;
    bufsize_t j = at + 1 + name_len;
    bufsize_t label_start = j;
    while (j < len && data[j] != '}' && data[j] != '\n' && data[j] != '{')
      j++;
    if (j < len && data[j] == '}' && j > label_start)
      return j + 1 - at;
    return 0;
  }
  return 0;
}

/* Just past the ")" closing a link destination whose "(" is at `open`, or `open` + 1 when there
 * is none on this line. Backslash escapes are skipped and parentheses must balance, as in
 * CommonMark destinations. */
static bufsize_t skip_link_destination(const unsigned char *content, bufsize_t len, bufsize_t open) {
  int depth = 0;
  for (bufsize_t j = open + 1; j < len && content[j] != '\n'; j++) {
    if (content[j] == '\\') {
      j++;
    } else if (content[j] == '(') {
      depth++;
    } else if (content[j] == ')') {
      if (depth == 0)
        return j + 1;
      depth--;
    }
  }
  return open + 1;
}

int lemma_math_mark_openers(unsigned char *content, bufsize_t len) {
  if (memchr(content, LEMMA_MATH_SENTINEL, (size_t)len) != NULL)
    return 0; /* the byte is in the text itself: leave this block to plain cmark */
  int marked = 0;
  bufsize_t i = 0;
  while (i < len) {
    if (content[i] == ']' && i + 1 < len && content[i + 1] == '(') {
      /* A link destination is never math: "[a](\\(x\\))" links to "(x)". */
      i = skip_link_destination(content, len, i + 1);
      continue;
    }
    if (content[i] != '\\' || i + 1 >= len) {
      i++;
      continue;
    }
    unsigned char next = content[i + 1];
    if (next == '(' || next == '[') {
      unsigned char closer = next == '(' ? ')' : ']';
      if (lemma_math_find_backslash_closer(content, len, i + 2, closer) >= 0) {
        content[i] = LEMMA_MATH_SENTINEL;
        marked++;
      }
      i += 2;
      continue;
    }
    if (next == 'e' || next == 'r') {
      if (lemma_math_reference_length(content, len, i) > 0) {
        content[i] = LEMMA_MATH_SENTINEL;
        marked++;
      }
      i += 1;
      continue;
    }
    i += is_ascii_punct(next) ? 2 : 1;
  }
  return marked;
}
