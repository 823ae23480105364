import 'tandem-theme'
import './styles/document.css'
import './app/tandem-app.ts'
