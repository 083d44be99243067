// What the public views hand from their loaders to their components: plain data with the labels
// already in the visitor's language (so server and browser render the same text).

export interface HitView {
  id: string;
  /** Position in the list (and the marker on the map), 1-based. */
  number: number;
  title: string;
  summary: string;
  kindLabel: string;
  formalityLabel: string;
  areaName: string;
  /** Distance in km as shown, when sorted by distance. */
  distance: string | null;
  costFree: boolean;
  accessible: boolean;
  online: boolean;
  point: { lat: number; lon: number } | null;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetsView {
  kind: FacetOption[];
  theme: FacetOption[];
  targetGroup: FacetOption[];
  formality: FacetOption[];
  area: FacetOption[];
  free: { count: number; selected: boolean };
  accessible: { count: number; selected: boolean };
}

export interface AreaView {
  code: string;
  name: string;
}

/** Everything the search form and the result list of a view need. */
export interface SearchView {
  /** The filters as a query string ('' or '?…'), without paging and week. */
  query: string;
  /** The filter values for the form. */
  form: { q: string; near: string; area: string; week: string | null };
  ignored: string[];
  area: AreaView | null;
  nearNote: string | null;
  hits: HitView[];
  total: number;
  facets: FacetsView;
  searchedFor: string[];
  firstHref: string | null;
  nextHref: string | null;
  filtered: boolean;
}
