"""Questions asked of a built graph: look-up, paths and neighbours, answer shapes, timelines, exports, evaluation."""
