import Foundation
import FoundationXML
import Testing
@testable import Lab
import Notebook

/// Charts used by the snapshot tests: small, but exercising every chart type and option.
enum SampleCharts {
    static var all: [(name: String, svg: String)] {
        let rope = RoPE(dimension: 128)
        let ntk = NTKAware(dimension: 128, factor: 8)
        let yarn = YaRN(dimension: 128, factor: 8, trainingLength: 4096)
        let pairs = (0..<64).map(Double.init)
        let line = LineChart(
            title: "Per-pair scale θ′/θ (k = 8, d = 128)", x: "pair i", y: "scale",
            series: [("NTK-aware", pairs.map { ($0, ntk.scale(Int($0), relativeTo: rope)) }),
                     ("PI", pairs.map { ($0, 1.0 / 8) }),
                     ("YaRN <r-ramp> & \"turns\"", pairs.map { ($0, yarn.scale(Int($0), relativeTo: rope)) })],
            yScale: .log, references: [.horizontal(0.125, label: "1/k")], caption: "Lower is more interpolated.")
        var g = SeededGenerator(seed: 1)
        let scatter = ScatterChart(
            title: "Gaussian sample", x: "x₁", y: "x₂",
            series: [("samples", (0..<40).map { _ in (g.normal(), g.normal()) })],
            annotations: [Annotation(x: 0, y: 0, text: "origin")])
        let bars = BarChart(
            title: "Optimizer state per parameter", y: "buffers", categories: ["SGD-M", "AdamW", "Lion", "Tiger"],
            series: [("plain", [1, 2, 1, 1]), ("with accumulation", [2, 3, 2, 1])])
        let histogram = Histogram(
            title: "Standard normal draws", x: "value", values: g.normals(2000), bins: 20, density: true,
            overlays: [("𝒩(0, 1)", stride(from: -4.0, through: 4.0, by: 0.25).map { ($0, exp(-$0 * $0 / 2) / (2 * Double.pi).squareRoot()) })])
        let heatmap = Heatmap(
            title: "cos(nθᵢ)", x: "pair i", y: "position n",
            matrix: (0..<24).map { n in (0..<16).map { i in cos(Double(n) * RoPE(dimension: 32).theta(i)) } })
        let decay = LineChart(
            title: "RoFormer decay bound", x: "distance", y: "bound",
            series: [("d = 64", stride(from: 1.0, through: 1000, by: 37).map { ($0, RoPE(dimension: 64).decayBound(distance: $0)) })],
            xScale: .log)
        return [("line-log", line.svg), ("scatter", scatter.svg), ("bars", bars.svg),
                ("histogram", histogram.svg), ("heatmap", heatmap.svg), ("line-logx", decay.svg)]
    }
}

@Suite("Charts")
struct ChartTests {
    static let snapshotFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test("Every chart is well-formed XML with role=img, a title and a description first")
    func wellFormed() throws {
        for (name, svg) in SampleCharts.all {
            let document = try XMLDocument(xmlString: svg, options: [])
            let root = try #require(document.rootElement(), "\(name)")
            #expect(root.name == "svg")
            // FoundationXML's attribute(forName:) misses attributes under a default namespace.
            let attributes = Dictionary((root.attributes ?? []).map { ($0.name ?? "", $0.stringValue ?? "") }) { a, _ in a }
            #expect(attributes["role"] == "img")
            #expect(attributes["viewBox"] == "0 0 640 400" || attributes["viewBox"] == "0 0 480 480")
            let children = root.children?.compactMap { $0 as? XMLElement } ?? []
            #expect(children.first?.name == "title")
            let titleText = children.first?.stringValue ?? ""
            #expect(!titleText.isEmpty)
            #expect(children.dropFirst().first?.name == "desc")
            let descriptionText = children.dropFirst().first?.stringValue ?? ""
            #expect(!descriptionText.isEmpty)
            #expect(!svg.contains(" id=\""), "charts carry no ids")
            #expect(!svg.contains("\"-0\"") && !svg.contains(" -0 ") && !svg.contains("M-0 "))
        }
    }

    @Test("Special characters in titles and labels are escaped")
    func escaping() throws {
        let svg = SampleCharts.all[0].svg
        #expect(svg.contains("YaRN &lt;r-ramp&gt; &amp; &quot;turns&quot;"))
        let document = try XMLDocument(xmlString: svg, options: [])
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains("YaRN <r-ramp> & \"turns\""))
    }

    @Test("Series colours come from CSS custom properties with Okabe–Ito fallbacks; text uses currentColor")
    func colours() {
        let svg = SampleCharts.all[0].svg
        #expect(svg.contains("var(--chart-1, #0072B2)"))
        #expect(svg.contains("var(--chart-2, #E69F00)"))
        #expect(svg.contains("var(--chart-grid, #8884)"))
        #expect(svg.contains("fill=\"currentColor\""))
        #expect(ChartPalette.color(8) == ChartPalette.color(0))
    }

    @Test("Rendering is deterministic and displays as SVG")
    func deterministic() {
        let first = SampleCharts.all.map(\.svg), second = SampleCharts.all.map(\.svg)
        #expect(first == second)
        let chart = LineChart(title: "t", series: [("a", [(0, 0), (1, 1)])])
        #expect(chart.display == .svg(chart.svg))
    }

    @Test("Nice ticks: 1–2–5 steps on linear axes, powers of ten on log axes")
    func ticks() {
        let linear = FittedAxis(values: [0.13, 9.7], scale: .linear)
        #expect(linear.ticks == [0, 2, 4, 6, 8, 10])
        // A domain that starts or ends on a tick gets no extra tick beyond it.
        #expect(FittedAxis(values: [0, 63], scale: .linear).ticks == [0, 10, 20, 30, 40, 50, 60, 70])
        #expect(FittedAxis(values: [1, 16_384], scale: .linear).ticks.last == 18_000)
        #expect(FittedAxis(values: [0, 3], scale: .linear, includeZero: true).ticks.first == 0)
        let small = FittedAxis(values: [-0.031, 0.042], scale: .linear)
        // Step 0.02 would span −0.04…0.06; step 0.01 spans −0.04…0.05 and wastes less.
        #expect(small.step == 0.01)
        #expect(small.ticks.map(small.label) == ["-0.04", "-0.03", "-0.02", "-0.01", "0", "0.01", "0.02", "0.03", "0.04", "0.05"])
        let log = FittedAxis(values: [3e-4, 120, -5], scale: .log)
        #expect(log.ticks == [1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100, 1000])
        #expect(log.ticks.map(log.label) == ["1e-4", "1e-3", "1e-2", "1e-1", "1e0", "1e1", "1e2", "1e3"])
        let plainLog = FittedAxis(values: [0.02, 300], scale: .log)
        #expect(plainLog.ticks.map(plainLog.label) == ["0.01", "0.1", "1", "10", "100", "1000"])
        let bases = FittedAxis(values: [1e4, 3.06e5], scale: .log)
        #expect(bases.ticks.map(bases.label) == ["1e4", "2e4", "5e4", "1e5", "2e5", "5e5", "1e6"])
        #expect(NumberText.scientific(2.5e-7) == "2.5e-7" && NumberText.scientific(1e-45) == "1e-45")
        #expect(NumberText.coordinate(-0.001) == "0")
        #expect(NumberText.coordinate(12.5) == "12.5")
        #expect(NumberText.coordinate(-3.456) == "-3.46")
    }

    @Test("Histogram densities integrate to 1; heat maps skip masked cells; log axes drop non-positive points")
    func dataHandling() {
        var g = SeededGenerator(seed: 2)
        let histogram = Histogram(title: "h", values: g.normals(1000) + [.nan, .infinity], bins: 17, density: true)
        let width = histogram.edges[1] - histogram.edges[0]
        #expect(isClose(histogram.heights.reduce(0, +) * width, 1, 1e-12))
        let counts = Histogram(title: "h", values: [0, 0.5, 1, 1, 7], bins: 2, range: 0...1)
        #expect(counts.heights == [1, 3])
        let masked = Heatmap(title: "ReRoPE positions", matrix: ReRoPE(window: 2).positionMatrix(length: 4))
        let cells = masked.svg.components(separatedBy: "fill-opacity").count - 1
        #expect(cells == 10 + 10)  // 10 lower-triangle cells plus the 10-step colour scale
        let log = LineChart(title: "l", series: [("s", [(1, 1), (2, -1), (3, 10), (4, 100)])], yScale: .log)
        #expect(log.svg.components(separatedBy: " M").count == 2)  // the non-positive point breaks the path once
    }

    @Test("Snapshots match the committed SVG files (LEMMA_RECORD=1 re-records)")
    func snapshots() throws {
        let record = ProcessInfo.processInfo.environment["LEMMA_RECORD"] == "1"
        for (name, svg) in SampleCharts.all {
            let url = Self.snapshotFolder.appendingPathComponent("\(name).svg")
            if record {
                try FileManager.default.createDirectory(at: Self.snapshotFolder, withIntermediateDirectories: true)
                try (svg + "\n").write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(expected == svg + "\n", "snapshot \(name).svg differs; rerun with LEMMA_RECORD=1 to accept")
        }
    }
}

@Suite("Tables")
struct TableTests {
    @Test("Tables escape cells, right-align numeric columns and format numbers deterministically")
    func table() throws {
        let table = Table(headers: ["method", "k", "base"],
                          rows: [["NTK <aware>", 8, 82_684.6203], ["β-base", 8, 80_000.0], ["tiny", 1, 3e-7], ["neg", -1, -0.00001]],
                          digits: 2, caption: "Bases & factors")
        let html = table.html
        #expect(html.contains("<td>NTK &lt;aware&gt;</td>"))
        #expect(html.contains("<td style=\"text-align:right\">82684.62</td>"))
        #expect(html.contains("<td style=\"text-align:right\">80000.00</td>"))
        #expect(html.contains("3.00e-07"))
        #expect(html.contains("-1.00e-05"))
        #expect(html.contains("<caption>Bases &amp; factors</caption>"))
        #expect(table.alignments == [.left, .right, .right])
        #expect(table.display == .html(html))
        _ = try XMLDocument(xmlString: html, options: [])
        #expect(TableCell.number(-0.00005, digits: 2).text == "-5.00e-05")
        #expect(TableCell.number(-0.001, digits: 2).text == "0.00")
        #expect(NumberText.fixed(.nan, digits: 3) == "NaN")
    }
}
