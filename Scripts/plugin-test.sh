#!/usr/bin/env bash
# Runs `swift package lemma check` and `lemma build` through the SwiftPM command plugin in a
# throwaway package outside this repository that depends on Lemma by path.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)/Tally"
mkdir -p "$work/Sources/Tally"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tally",
    products: [.library(name: "Tally", targets: ["Tally"])],
    dependencies: [.package(name: "Lemma", path: "$repo")],
    targets: [.target(name: "Tally")]
)
SWIFT
cat > "$work/Sources/Tally/Tally.swift" <<'SWIFT'
/// The sum 1 + 2 + … + n.
public func triangular(_ n: Int) -> Int { (1...max(1, n)).reduce(0, +) }
SWIFT
cd "$work"
swift package --allow-writing-to-package-directory lemma init
cat >> content/posts/*-first-post.md <<'MD'

```swift run
claim(triangular(100), equals: 5050, "the hundredth triangular number")
```
MD
swift package --allow-writing-to-package-directory lemma check
swift package --allow-writing-to-package-directory lemma build
test -f site/posts/first-post/index.html
grep -q "the hundredth triangular number" site/posts/first-post/index.html
echo "plugin test passed in $work"
