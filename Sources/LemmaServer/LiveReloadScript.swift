/// The script the preview server injects before `</body>` of every page it builds: it listens
/// on the event stream and reloads the page after each rebuild.
public enum LiveReloadScript {
    /// Where the event stream is served (at the server's root, whatever the base path).
    public static let eventsPath = "/__lemma/events"

    /// A `<script>` element, self-contained and without external references.
    public static let html = """
        <script data-lemma-live-reload>(() => {
          if (!("EventSource" in window)) return;
          const events = new EventSource("\(eventsPath)");
          events.addEventListener("reload", () => location.reload());
        })();</script>
        """
}
