// The two icons every card repeats, drawn once: lucide's inline SVGs (grip-vertical, ellipsis) were
// a third of each card's HTML on a board of hundreds of cards.

const SHAPES = {
  grip: (
    <>
      <circle cx="9" cy="12" r="1" />
      <circle cx="9" cy="5" r="1" />
      <circle cx="9" cy="19" r="1" />
      <circle cx="15" cy="12" r="1" />
      <circle cx="15" cy="5" r="1" />
      <circle cx="15" cy="19" r="1" />
    </>
  ),
  more: (
    <>
      <circle cx="12" cy="12" r="1" />
      <circle cx="19" cy="12" r="1" />
      <circle cx="5" cy="12" r="1" />
    </>
  ),
};

type Name = keyof typeof SHAPES;

/** Rendered once per board, before the cards. */
export function BoardIconSprite() {
  return (
    <svg aria-hidden="true" className="hidden">
      {(Object.keys(SHAPES) as Name[]).map((name) => (
        <symbol
          key={name}
          id={`board-icon-${name}`}
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {SHAPES[name]}
        </symbol>
      ))}
    </svg>
  );
}

export function BoardIcon({ name }: { name: Name }) {
  return (
    <svg aria-hidden="true" className="size-4">
      <use href={`#board-icon-${name}`} />
    </svg>
  );
}
