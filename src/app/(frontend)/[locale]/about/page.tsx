import { textPageRoute } from '@/site/components/TextPage'

const route = textPageRoute('about')

export const generateMetadata = route.generateMetadata
export default route.Page
