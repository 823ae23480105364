import './styles/tokens.css'
import './app/tandem-app.ts'
