import { textPageRoute } from '@/site/components/TextPage'

const route = textPageRoute('accessibility')

export const generateMetadata = route.generateMetadata
export default route.Page
