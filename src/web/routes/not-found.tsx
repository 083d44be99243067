import { data } from 'react-router';

// Every path no other route matches: the root error boundary shows the 404 page, inside the
// layout and in the visitor's language (the root loader still runs).
export function loader(): never {
  throw data(null, { status: 404 });
}

export function action(): never {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
