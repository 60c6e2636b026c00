package app.praxis.availability;

/** What saving weekly hours (or rolling the horizon) changed: slots added and free slots removed. */
public record SlotsRegenerated(int added, int removed) {}
