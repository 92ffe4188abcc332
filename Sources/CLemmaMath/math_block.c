#include "math_internal.h"

#include <string.h>

/* Environments that open a display block when `\begin{name}` starts a line. */
static const char *const environment_names[] = {
    "equation", "equation*", "align",    "align*",   "gather",
    "gather*",  "multline",  "multline*", "eqnarray",
};

const char *lemma_math_environment_name(int index) {
  int count = (int)(sizeof(environment_names) / sizeof(environment_names[0]));
  return index >= 0 && index < count ? environment_names[index] : NULL;
}

static bool is_blank_byte(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* End of the line's text: before "\r\n"/"\n". */
static int line_end(const unsigned char *input, int len) {
  int end = len;
  while (end > 0 && (input[end - 1] == '\n' || input[end - 1] == '\r'))
    end--;
  return end;
}

static int trimmed_end(const unsigned char *input, int from, int end) {
  while (end > from && is_blank_byte(input[end - 1]))
    end--;
  return end;
}

static bool has_prefix(const unsigned char *p, int len, const char *prefix) {
  int n = (int)strlen(prefix);
  return len >= n && memcmp(p, prefix, (size_t)n) == 0;
}

/* Length of "\begin{name}" at `p` for a known environment, copying the name; else 0. */
static int environment_opener(const unsigned char *p, int len, char *name, size_t name_size) {
  if (!has_prefix(p, len, "\\begin{"))
    return 0;
  for (size_t i = 0; i < sizeof(environment_names) / sizeof(environment_names[0]); i++) {
    int n = (int)strlen(environment_names[i]);
    if (len >= 7 + n + 1 && memcmp(p + 7, environment_names[i], (size_t)n) == 0 &&
        p[7 + n] == '}') {
      strncpy(name, environment_names[i], name_size - 1);
      name[name_size - 1] = 0;
      return 7 + n + 1;
    }
  }
  return 0;
}

/* Scans [from, end) for \begin{env} / \end{env}; returns true when depth reaches 0. */
static bool scan_environment(lemma_math_block *block, const unsigned char *input, int from,
                             int end) {
  char begin[32], finish[32];
  snprintf(begin, sizeof begin, "\\begin{%s}", block->env);
  snprintf(finish, sizeof finish, "\\end{%s}", block->env);
  int begin_len = (int)strlen(begin), end_len = (int)strlen(finish);
  for (int i = from; i < end; i++) {
    if (input[i] != '\\')
      continue;
    if (has_prefix(input + i, end - i, begin)) {
      block->depth++;
      i += begin_len - 1;
    } else if (has_prefix(input + i, end - i, finish)) {
      block->depth--;
      i += end_len - 1;
      if (block->depth == 0)
        return true;
    } else {
      i++; /* skip the escaped byte, e.g. "\\" */
    }
  }
  return false;
}

/* Position of the closer ("$$" or "\]") in [from, end), skipping escaped bytes; -1 if none. */
static int find_display_closer(const unsigned char *input, int from, int end, bool dollars) {
  for (int i = from; i + 1 < end; i++) {
    if (dollars && input[i] == '$' && input[i + 1] == '$')
      return i;
    if (input[i] == '\\') {
      if (!dollars && input[i + 1] == ']')
        return i;
      i++;
    }
  }
  return -1;
}

static void note_tex_start(lemma_math_block *block, const unsigned char *input, int from,
                           int end, int line) {
  if (block->tex_line != 0)
    return;
  for (int i = from; i < end; i++) {
    if (!is_blank_byte(input[i])) {
      block->tex_line = line;
      block->tex_column = i + 1;
      return;
    }
  }
}

static void append_line(lemma_math_block *block, const unsigned char *input, int from, int end) {
  if (block->raw.size > 0)
    cmark_strbuf_putc(&block->raw, '\n');
  cmark_strbuf_put(&block->raw, input + from, end - from);
}

static void consume_rest_of_line(cmark_parser *parser, unsigned char *input, int len) {
  int rest = len - cmark_parser_get_offset(parser);
  if (len > 0 && input[len - 1] == '\n')
    rest -= 1;
  if (rest > 0)
    cmark_parser_advance_offset(parser, (const char *)input, rest, false);
}

/* Handles the text of one line of a display block from `from`; returns true when it closes. */
static bool take_display_text(lemma_math_block *block, const unsigned char *input, int from,
                              int end, int line) {
  bool dollars = block->env[0] == '$';
  int closer = find_display_closer(input, from, end, dollars);
  note_tex_start(block, input, from, closer >= 0 ? closer : end, line);
  return closer >= 0;
}

cmark_node *lemma_math_try_opening_block(cmark_syntax_extension *ext, int indented,
                                         cmark_parser *parser, cmark_node *parent,
                                         unsigned char *input, int len) {
  if (indented || parent->extension == ext)
    return NULL;
  int start = cmark_parser_get_first_nonspace(parser);
  int end = line_end(input, len);
  if (start >= end)
    return NULL;
  const unsigned char *p = input + start;
  int rest = end - start;
  bool in_paragraph = cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH;

  lemma_math_block probe;
  memset(&probe, 0, sizeof probe);
  int opener = 0;
  bool closed = false;
  int line = cmark_parser_get_line_number(parser);

  int env_len = environment_opener(p, rest, probe.env, sizeof probe.env);
  if (env_len > 0) {
    probe.kind = LEMMA_MATH_ENVIRONMENT;
    probe.depth = 1;
    opener = env_len;
    closed = scan_environment(&probe, input, start + env_len, end);
    probe.tex_line = line;
    probe.tex_column = start + 1;
  } else if (!in_paragraph && (has_prefix(p, rest, "$$") || has_prefix(p, rest, "\\["))) {
    bool dollars = p[0] == '$';
    probe.kind = LEMMA_MATH_DISPLAY_BLOCK;
    strcpy(probe.env, dollars ? "$$" : "\\[");
    opener = 2;
    int closer = find_display_closer(input, start + 2, end, dollars);
    if (closer >= 0) {
      /* One line: a block only when nothing follows the closer. */
      if (trimmed_end(input, closer + 2, end) != closer + 2)
        return NULL;
      closed = true;
    }
    note_tex_start(&probe, input, start + 2, closer >= 0 ? closer : end, line);
  } else {
    return NULL;
  }
  (void)opener;

  cmark_node *node = cmark_parser_add_child(parser, parent, CMARK_NODE_THEMATIC_BREAK, start + 1);
  cmark_node_set_syntax_extension(node, ext);
  lemma_math_block *block = (lemma_math_block *)parser->mem->calloc(1, sizeof(lemma_math_block));
  *block = probe;
  cmark_strbuf_init(parser->mem, &block->raw, 64);
  block->line = line;
  block->column = start + 1;
  block->closed = closed;
  node->as.opaque = block;
  append_line(block, input, start, end);
  if (closed)
    lemma_math_block_finish(parser->mem, block);
  consume_rest_of_line(parser, input, len);
  return node;
}

int lemma_math_last_block_matches(cmark_syntax_extension *ext, cmark_parser *parser,
                                  unsigned char *input, int len, cmark_node *node) {
  (void)ext;
  lemma_math_block *block = lemma_math_block_data(node);
  if (block == NULL || block->closed)
    return 0;
  if (cmark_parser_is_blank(parser)) {
    /* Display math cannot hold a blank line: what was read is a paragraph after all. */
    lemma_math_block_demote(parser->mem, node);
    return 0;
  }
  int from = cmark_parser_get_offset(parser);
  int end = line_end(input, len);
  if (from > end)
    from = end;
  int line = cmark_parser_get_line_number(parser);
  bool closes;
  if (block->kind == LEMMA_MATH_ENVIRONMENT)
    closes = scan_environment(block, input, from, end);
  else
    closes = take_display_text(block, input, from, end, line);
  append_line(block, input, from, closes ? trimmed_end(input, from, end) : end);
  if (closes) {
    block->closed = true;
    lemma_math_block_finish(parser->mem, block);
  }
  consume_rest_of_line(parser, input, len);
  return 1;
}

void lemma_math_block_finish(cmark_mem *mem, lemma_math_block *block) {
  if (block->tex != NULL)
    return;
  const unsigned char *raw = block->raw.ptr;
  bufsize_t from = 0, to = block->raw.size;
  if (block->kind == LEMMA_MATH_DISPLAY_BLOCK) {
    from = 2;
    bool dollars = block->env[0] == '$';
    if (block->closed && to >= from + 2 &&
        ((dollars && raw[to - 2] == '$' && raw[to - 1] == '$') ||
         (!dollars && raw[to - 2] == '\\' && raw[to - 1] == ']')))
      to -= 2;
    while (from < to && is_blank_byte(raw[from]))
      from++;
  }
  while (to > from && is_blank_byte(raw[to - 1]))
    to--;
  block->tex = (char *)mem->calloc((size_t)(to - from) + 1, 1);
  if (to > from)
    memcpy(block->tex, raw + from, (size_t)(to - from));
  if (block->tex_line == 0) {
    block->tex_line = block->line;
    block->tex_column = block->column + 2;
  }
}

void lemma_math_block_demote(cmark_mem *mem, cmark_node *node) {
  lemma_math_block *block = lemma_math_block_data(node);
  if (block == NULL)
    return;
  cmark_strbuf_clear(&node->content);
  cmark_strbuf_put(&node->content, block->raw.ptr, block->raw.size);
  cmark_strbuf_putc(&node->content, '\n');
  cmark_strbuf_free(&block->raw);
  if (block->tex)
    mem->free(block->tex);
  mem->free(block);
  node->as.opaque = NULL;
  node->type = (uint16_t)CMARK_NODE_PARAGRAPH;
  node->extension = NULL;
}
