import { Component, type ReactNode } from 'react';

/**
 * Keeps a failure of the chart code (a chunk that did not load, a chart that
 * threw) inside the charts area: the headline numbers and projects stay.
 */
export class ChartsBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
