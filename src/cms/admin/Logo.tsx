/** The sign-in screen's logo: STGM's tool, not Payload's. */
export default function Logo() {
  return (
    <div style={{ textAlign: 'center', lineHeight: 1.2 }}>
      <div style={{ fontSize: '2rem', fontWeight: 700, color: '#0a566f' }}>ROTA</div>
      <div style={{ fontSize: '1rem' }}>STGM İçerik Yönetimi</div>
    </div>
  )
}
