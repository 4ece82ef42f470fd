/** The admin's small mark in the navigation. */
export default function Icon() {
  return (
    <span
      aria-label="ROTA"
      style={{
        display: 'inline-grid',
        placeItems: 'center',
        width: 18,
        height: 18,
        borderRadius: 4,
        background: '#0a566f',
        color: '#fff',
        fontWeight: 700,
        fontSize: 12,
        lineHeight: 1,
      }}
    >
      R
    </span>
  )
}
