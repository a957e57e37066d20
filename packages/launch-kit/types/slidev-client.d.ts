/**
 * The part of @slidev/client this project uses, typed for vue-tsc. The package ships its TypeScript sources,
 * which do not pass our strict settings; tsconfig maps the import here for type checking only (Vite still
 * resolves the real package).
 */
import type { ComputedRef, Ref } from 'vue'

export interface SlideRouteLike {
  no: number
  meta?: { slide?: { frontmatter?: Record<string, unknown>, title?: string } }
}

export declare function useNav(): {
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
  currentSlideNo: ComputedRef<number>
  currentPage: ComputedRef<number>
  total: ComputedRef<number>
  slides: Ref<SlideRouteLike[]>
  currentSlideRoute: ComputedRef<SlideRouteLike>
  /** Slide numbers the print page shows (setup/root.ts sets it from ?range=). */
  printRange: Ref<number[]>
}

export declare function useSlideContext(): {
  $scale: ComputedRef<number>
  $page: ComputedRef<number>
  $renderContext: ComputedRef<'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'>
  $frontmatter: Record<string, unknown>
}

/** The deck's configuration: slides.md's headmatter over Slidev's defaults (this project reads its own keys). */
export declare const configs: Record<string, unknown>

/** Slidev's state shared between the audience and presenter windows (the part this project reads). */
export declare const sharedState: {
  page: number
  timer: {
    status: 'stopped' | 'running' | 'paused'
    startedAt: number
    pausedAt: number
  }
}
