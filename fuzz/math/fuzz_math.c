/* libFuzzer target: the math syntax extension inside cmark-gfm, on arbitrary bytes.
 * Parses with the same options and extensions as Lemma, walks every node asking the extension
 * about it, and renders HTML. Built with AddressSanitizer and UndefinedBehaviorSanitizer by
 * fuzz/run.sh. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "LemmaMath.h"

static cmark_syntax_extension *math;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  cmark_gfm_core_extensions_ensure_registered();
  math = lemma_math_extension();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const names[] = {"table", "strikethrough", "autolink", "tasklist"};
  int options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS;
  cmark_parser *parser = cmark_parser_new(options);
  cmark_parser_attach_syntax_extension(parser, math);
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(names[i]));
  cmark_parser_feed(parser, (const char *)data, size);
  lemma_math_prepare(parser);
  cmark_node *root = cmark_parser_finish(parser);
  cmark_iter *iter = cmark_iter_new(root);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node *node = cmark_iter_get_node(iter);
    lemma_math_info info;
    if (event == CMARK_EVENT_ENTER && lemma_math_node_info(node, &info) == 1)
      (void)lemma_math_node_tex(node);
  }
  cmark_iter_free(iter);
  char *html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser));
  free(html);
  cmark_node_free(root);
  cmark_parser_free(parser);
  return 0;
}
