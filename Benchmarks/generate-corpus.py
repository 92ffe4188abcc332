#!/usr/bin/env python3
"""Writes a deterministic synthetic corpus for build benchmarks.

    Benchmarks/generate-corpus.py OUT [--articles 1000] [--seed 1]

OUT/lemma is a Lemma site (content/, with Lemma's built-in theme) and OUT/hugo the
same articles as a Hugo site, so both can be timed side by side. Each article is 10-15 KB:
~25 inline and ~4 display equations, a table, a code block, ~15 % Chinese paragraphs and
relative links to other articles. No run cells.
"""
import argparse
import os
import random
import shutil

WORDS = ("gradient momentum optimizer rotation frequency position context window attention "
         "query key value matrix vector norm sparsity measure token segmentation probability "
         "sample estimate bound derivative update step learning rate decay embedding layer "
         "scale factor interpolation extrapolation training length base wavelength period "
         "the a of and to in is that for with as on by this we it be are from at which").split()
CHINESE = ("我们考虑一个简单的例子，其中梯度的符号决定了更新的方向。这意味着每个参数都以相同的幅度移动，"
           "而动量的作用是平滑噪声。位置编码的本质是把相对位置信息注入到注意力的计算之中。")
INLINE = [r"\theta_i = b^{-2i/d}", r"\alpha_t", r"m_t = \beta m_{t-1} + (1-\beta) g_t",
          r"\|x\|_2", r"\frac{a}{b}", r"\sum_{i=1}^n x_i", r"e^{i m\theta}", r"\lambda",
          r"q_m^\top k_n", r"\mathcal{O}(n^2)", r"x \in \mathbb{R}^d", r"\sqrt{d}"]
DISPLAY = [r"\operatorname{softmax}(x)_i = \frac{e^{x_i}}{\sum_j e^{x_j}}",
           r"\theta_t = \theta_{t-1} - \eta\,\operatorname{sign}(m_t)",
           r"\begin{pmatrix} \cos m\theta & -\sin m\theta \\ \sin m\theta & \cos m\theta \end{pmatrix}",
           r"\mathcal{L} = -\sum_{i} \log p(x_i \mid x_{<i})"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    if rng.random() < 0.7:
        words.insert(rng.randint(0, len(words)), "$%s$" % rng.choice(INLINE))
    return " ".join(words).capitalize() + "."


def article(rng, index, count):
    parts = []
    size = 0
    target = rng.randint(10_000, 15_000)
    section = 0
    while size < target:
        if size == 0 or rng.random() < 0.12:
            section += 1
            parts.append("## Section %d on %s\n" % (section, rng.choice(WORDS)))
        roll = rng.random()
        if roll < 0.15:
            parts.append(CHINESE * rng.randint(1, 2) + "\n")
        elif roll < 0.20:
            parts.append("$$\n%s\n$$\n" % rng.choice(DISPLAY))
        elif roll < 0.22:
            parts.append("| step | value | note |\n|---:|---:|---|\n" +
                         "".join("| %d | %.4f | %s |\n" % (i, rng.random(), rng.choice(WORDS)) for i in range(5)))
        elif roll < 0.24:
            parts.append("```python\nfor step in range(%d):\n    theta -= lr * sign(m)\n```\n" % rng.randint(10, 99))
        elif roll < 0.28:
            other = rng.randrange(count)
            parts.append("See [article %d](article-%04d.md#section-1-on-%s) for details. %s\n"
                         % (other, other, "{section}", sentence(rng)))
        else:
            parts.append(" ".join(sentence(rng) for _ in range(rng.randint(3, 6))) + "\n")
        size = sum(len(p.encode()) for p in parts)
    return "\n".join(parts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lemma = os.path.join(args.out, "lemma")
    hugo = os.path.join(args.out, "hugo")
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(os.path.join(lemma, "content", "posts"))
    os.makedirs(os.path.join(hugo, "content", "posts"))
    with open(os.path.join(lemma, "content", "lemma.yml"), "w") as f:
        f.write("title: Synthetic corpus\nbase_url: https://bench.example.org/\nmath: %s\n"
                % os.environ.get("LEMMA_BENCH_MATH", "mathml"))
    with open(os.path.join(hugo, "hugo.toml"), "w") as f:
        f.write('baseURL = "https://bench.example.org/"\ntitle = "Synthetic corpus"\n'
                '[markup.goldmark.extensions.passthrough]\nenable = true\n'
                '[markup.goldmark.extensions.passthrough.delimiters]\n'
                'block = [["$$", "$$"]]\ninline = [["$", "$"]]\n'
                '[markup.goldmark.renderer]\nunsafe = true\n')
    os.makedirs(os.path.join(hugo, "layouts", "_default"))
    with open(os.path.join(hugo, "layouts", "_default", "single.html"), "w") as f:
        f.write("<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>"
                "{{ .TableOfContents }}{{ .Content }}</body></html>\n")
    with open(os.path.join(hugo, "layouts", "_default", "list.html"), "w") as f:
        f.write("<!DOCTYPE html><html><body>{{ range .Paginator.Pages }}<h2>{{ .Title }}</h2>{{ .Summary }}{{ end }}</body></html>\n")
    for i in range(args.articles):
        body = article(rng, i, args.articles)
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        year = 2020 + i // 336
        # Every article's first section is "Section 1 on <word>": point links at the right word.
        front = "---\ntitle: Article %d\ndate: %04d-%02d-%02d\ntags: [%s, %s]\n---\n\n" % (
            i, year, month, day, rng.choice(WORDS[:10]), rng.choice(WORDS[10:20]))
        name = "article-%04d.md" % i
        with open(os.path.join(lemma, "content", "posts", name), "w") as f:
            f.write(front + body)
        with open(os.path.join(hugo, "content", "posts", name), "w") as f:
            f.write(front + body)
    fix_links(lemma, args.articles)
    fix_links(hugo, args.articles)


def fix_links(site, count):
    """Replace the {section} placeholder with the real first heading word of the target."""
    posts = os.path.join(site, "content", "posts")
    first = {}
    for i in range(count):
        with open(os.path.join(posts, "article-%04d.md" % i)) as f:
            for line in f:
                if line.startswith("## Section 1 on "):
                    first[i] = line[len("## Section 1 on "):].strip()
                    break
    for i in range(count):
        path = os.path.join(posts, "article-%04d.md" % i)
        with open(path) as f:
            text = f.read()
        parts = text.split("(article-")
        rebuilt = parts[0]
        for piece in parts[1:]:
            target = int(piece[:4])
            rebuilt += "(article-" + piece.replace("{section}", first[target], 1)
        with open(path, "w") as f:
            f.write(rebuilt)


if __name__ == "__main__":
    main()
